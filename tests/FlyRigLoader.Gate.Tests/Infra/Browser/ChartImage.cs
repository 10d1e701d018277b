namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>One <c>img.chart</c> as the browser decoded it.</summary>
/// <param name="Alt">Its alt text (names the chart in messages).</param>
/// <param name="Source">The start of its src (scheme and media type), never the whole data URI.</param>
/// <param name="Complete">The browser finished loading it (broken images are complete too).</param>
/// <param name="NaturalWidth">Decoded width in pixels; 0 when the image is broken.</param>
/// <param name="NaturalHeight">Decoded height in pixels; 0 when the image is broken.</param>
/// <param name="InFigure">It sits inside a <c>&lt;figure&gt;</c>, as the report's chart contract says.</param>
public sealed record ChartImage(string Alt, string Source, bool Complete, int NaturalWidth, int NaturalHeight, bool InFigure)
{
    /// <summary>Nothing was drawn: not loaded, or decoded to no pixels.</summary>
    public bool Empty => !Complete || NaturalWidth <= 0 || NaturalHeight <= 0;
}
