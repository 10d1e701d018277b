namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>What the renderer produced.</summary>
/// <param name="Svgs">Chart id → SVG text, for every chart when <see cref="Error"/> is null.</param>
/// <param name="Pngs">Chart id → PNG file in the staging folder.</param>
/// <param name="Error">Why rendering failed (the renderer's message naming the spec file and chart), or null.</param>
internal sealed record ChartRenderResult(IReadOnlyDictionary<string, string> Svgs, IReadOnlyDictionary<string, string> Pngs, string? Error)
{
    /// <summary>A failure: no chart at all.</summary>
    public static ChartRenderResult Failed(string error) => new(new Dictionary<string, string>(), new Dictionary<string, string>(), error);
}
