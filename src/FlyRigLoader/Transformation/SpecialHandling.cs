namespace FlyRigLoader.Transformation;

/// <summary>The per-column handlers a column config can name in <c>special_handling</c>.</summary>
public enum SpecialHandling
{
    /// <summary>No handler: 1-D columns pass through, (N,1) and (1,N) arrays are flattened.</summary>
    None,

    /// <summary><c>extract_first_column_if_2d</c>: a 2-D value becomes its first column; 1-D values pass through.</summary>
    ExtractFirstColumnIfTwoDimensional,

    /// <summary>
    /// <c>transform_to_match_time_dimension</c>: a 2-D (channels, T) or (T, channels) array becomes one channel
    /// vector per time point, T taken from the <c>t</c> key.
    /// </summary>
    TransformToMatchTimeDimension,
}
