namespace FlyRigLoader.Loading;

/// <summary>Which numpy/pandas generation's module names a written pickle uses.</summary>
public enum NumpyModuleNames
{
    /// <summary>numpy 1.x (<c>numpy.core.multiarray</c>) and pandas 1.x index classes (<c>Int64Index</c>…).</summary>
    Numpy1,

    /// <summary>numpy 2.x (<c>numpy._core.multiarray</c>) and pandas 2.x (plain <c>Index</c>).</summary>
    Numpy2,
}
