namespace FlyRigLoader.Loading;

/// <summary>How <see cref="PickleWriter"/> lays out a pickle.</summary>
public sealed record PickleWriteOptions
{
    /// <summary>Protocol 4 with numpy 1.x names: what <c>pickle.dump</c> writes by default on Python 3.8+.</summary>
    public static PickleWriteOptions Default { get; } = new();

    /// <summary>Pickle protocol, 2–5. Protocol 5 writes arrays the way numpy does for it (<c>_frombuffer</c> + BYTEARRAY8).</summary>
    public int Protocol { get; init; } = 4;

    /// <summary>Module names to write (numpy/pandas 1.x or 2.x).</summary>
    public NumpyModuleNames ModuleNames { get; init; } = NumpyModuleNames.Numpy1;
}
