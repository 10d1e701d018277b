namespace FlyRigLoader.Transformation;

/// <summary>Per-call choices for <see cref="DataFrameBuilder.Build"/>.</summary>
public sealed record TransformOptions
{
    /// <summary>
    /// Values for metadata columns. A key becomes a constant column only when the config declares it with
    /// <c>is_metadata: true</c>; other keys are ignored, as in the original library.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Metadata { get; init; }

    /// <summary>Configured columns to leave out (skipping a required column lifts its required check).</summary>
    public IReadOnlyCollection<string>? SkipColumns { get; init; }

    /// <summary>
    /// When set, a constant <c>file_path</c> column holding the absolute form of this path is appended,
    /// so rows from many files stay traceable after concatenation.
    /// </summary>
    public string? FilePath { get; init; }
}
