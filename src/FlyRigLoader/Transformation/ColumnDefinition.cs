namespace FlyRigLoader.Transformation;

/// <summary>One configured column: where its data comes from and how it is shaped.</summary>
/// <param name="Name">Output column name.</param>
/// <param name="Type">Declared source type, e.g. <c>numpy.ndarray</c> or <c>str</c>.</param>
/// <param name="Dimension">Declared dimensionality (1, 2 or 3), or null when not declared.</param>
/// <param name="Required">True when a missing source key is an error.</param>
/// <param name="Description">Human description, copied into the Arrow field metadata.</param>
/// <param name="Alias">Alternative source key, used when present in the data (e.g. <c>dtheta_smooth</c>).</param>
/// <param name="IsMetadata">True for constant columns filled from <see cref="TransformOptions.Metadata"/>, never from the data.</param>
/// <param name="HasDefaultValue">True when the config declares <c>default_value</c> (even as null).</param>
/// <param name="DefaultValue">Scalar broadcast when an optional column is missing: null, bool, long, double or string.</param>
/// <param name="SpecialHandling">Handler applied to the value.</param>
/// <param name="Unit">Optional physical unit, copied into the Arrow field metadata.</param>
public sealed record ColumnDefinition(
    string Name,
    string Type,
    int? Dimension,
    bool Required,
    string Description,
    string? Alias,
    bool IsMetadata,
    bool HasDefaultValue,
    object? DefaultValue,
    SpecialHandling SpecialHandling,
    string? Unit)
{
    /// <summary>True when <see cref="Type"/> names a numpy array (<c>numpy.ndarray</c>, <c>np.ndarray</c>, <c>ndarray</c>).</summary>
    public bool IsArrayType => Type is "numpy.ndarray" or "np.ndarray" or "ndarray";
}
