namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>One <c>img.chart</c> as the browser decoded it.</summary>
/// <param name="Alt">Its alt text (names the chart in messages).</param>
/// <param name="Source">The start of its src (scheme and media type), never the whole data URI.</param>
/// <param name="Complete">The browser finished loading it (broken images are complete too).</param>
/// <param name="NaturalWidth">Decoded width in pixels; 0 when the image is broken.</param>
/// <param name="NaturalHeight">Decoded height in pixels; 0 when the image is broken.</param>
/// <param name="InFigure">It sits inside a <c>&lt;figure&gt;</c>, as the report's chart contract says.</param>
/// <param name="InkedPixels">
/// Pixels (of the image drawn at up to 400x400) whose colour differs from its top-left pixel, the background;
/// -1 when the browser would not let the page read them back.
/// </param>
public sealed record ChartImage(string Alt, string Source, bool Complete, int NaturalWidth, int NaturalHeight, bool InFigure, int InkedPixels)
{
    /// <summary>
    /// Nothing was drawn: not loaded, decoded to no pixels, or every pixel is the background colour (an SVG with a
    /// size but no marks decodes to 300x150 of nothing).
    /// </summary>
    public bool Empty => !Complete || NaturalWidth <= 0 || NaturalHeight <= 0 || InkedPixels == 0;
}
