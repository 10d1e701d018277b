namespace FlyRigLoader.Transformation;

/// <summary>Stable <see cref="Errors.FlyRigLoaderException.Code"/> values raised by the transformation.</summary>
public static class TransformErrorCodes
{
    /// <summary>The column config file does not exist or cannot be read.</summary>
    public const string ConfigNotFound = "TRANSFORM_CONFIG_NOT_FOUND";

    /// <summary>The column config is not valid YAML or breaks the column schema.</summary>
    public const string ConfigInvalid = "TRANSFORM_CONFIG_INVALID";

    /// <summary>The experiment matrix is empty (the original's TRANSFORM_002/007).</summary>
    public const string EmptyInput = "TRANSFORM_EMPTY_INPUT";

    /// <summary>A required column is absent under its name and its alias (the original's TRANSFORM_006).</summary>
    public const string MissingColumn = "TRANSFORM_MISSING_COLUMN";

    /// <summary>An array has a shape the column cannot take (the original's TRANSFORM_005).</summary>
    public const string BadShape = "TRANSFORM_BAD_SHAPE";

    /// <summary>Columns disagree on the number of rows.</summary>
    public const string LengthMismatch = "TRANSFORM_LENGTH_MISMATCH";

    /// <summary>A value is of a kind no column can be built from (nested list, dict, …).</summary>
    public const string UnsupportedValue = "TRANSFORM_UNSUPPORTED_VALUE";
}
