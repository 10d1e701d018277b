using Newtonsoft.Json;

namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>The renderer's input file: the chart specs of one report as JSON (written by the gate, read by the renderer).</summary>
public static class ChartSpecFile
{
    /// <summary>Serializes the specs.</summary>
    public static string Serialize(IReadOnlyList<ChartSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        return JsonConvert.SerializeObject(new ChartSpecDocument(ChartSpecDocument.CurrentSchemaVersion, specs), ReportJson.Settings);
    }

    /// <summary>Reads and checks a spec file.</summary>
    /// <exception cref="GateInputException">Missing, not JSON, wrong version, or a spec that cannot be drawn.</exception>
    public static IReadOnlyList<ChartSpec> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "chart spec file not found");
        }

        ChartSpecDocument? document;
        try
        {
            document = JsonConvert.DeserializeObject<ChartSpecDocument>(File.ReadAllText(path), ReportJson.Settings);
        }
        catch (JsonException e)
        {
            throw new GateInputException(path, "not a valid chart spec file: " + e.Message, e);
        }

        if (document?.Charts is null || document.SchemaVersion != ChartSpecDocument.CurrentSchemaVersion)
        {
            throw new GateInputException(path, $"chart spec file lacks charts or has schema_version {document?.SchemaVersion} (expected {ChartSpecDocument.CurrentSchemaVersion})");
        }

        foreach (var spec in document.Charts)
        {
            if (Problem(spec) is { } problem)
            {
                throw new GateInputException(path, $"chart '{spec?.Id}': {problem}");
            }
        }

        return document.Charts;
    }

    /// <summary>Why a spec cannot be drawn, or null when it can.</summary>
    public static string? Problem(ChartSpec? spec)
    {
        if (spec is null || string.IsNullOrEmpty(spec.Id) || spec.Id.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            return "id must be non-empty lower-case letters, digits and dashes";
        }

        if (spec.Width is < 100 or > 4000 || spec.Height is < 100 or > 8000)
        {
            return "size out of range";
        }

        if (spec.Series is null || spec.Series.Count == 0)
        {
            return "no series";
        }

        foreach (var s in spec.Series)
        {
            if (s?.Xs is null || s.Ys is null || s.Xs.Count != s.Ys.Count || s.Xs.Count == 0)
            {
                return $"series '{s?.Name}' needs equally many x and y values (at least one)";
            }

            if (s.Xs.Concat(s.Ys).Concat(s.Lower ?? []).Concat(s.Upper ?? []).Any(v => !double.IsFinite(v)))
            {
                return $"series '{s.Name}' has a non-finite value";
            }

            if ((s.Lower is not null && s.Lower.Count != s.Xs.Count) || (s.Upper is not null && s.Upper.Count != s.Xs.Count))
            {
                return $"series '{s.Name}' has interval bounds of the wrong length";
            }

            if (s.Style == SeriesStyle.BoxWithPoints && s.Box is null)
            {
                return $"series '{s.Name}' is a box without box values";
            }
        }

        return spec.YMustInclude?.Any(v => !double.IsFinite(v)) == true ? "y_must_include has a non-finite value" : null;
    }
}
