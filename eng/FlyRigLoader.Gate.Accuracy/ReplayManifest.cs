using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Accuracy;

/// <summary>Reads the replay manifest (<c>scripts/accuracy/replay/trials.json</c>): the recorded trials and their baselines.</summary>
internal static class ReplayManifest
{
    /// <summary>Loads every set of the manifest; relative paths are resolved against the manifest's folder.</summary>
    /// <exception cref="GateInputException">The manifest is missing or malformed.</exception>
    public static IReadOnlyList<ReplaySet> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "replay manifest not found");
        }

        JObject root;
        try
        {
            root = JToken.Parse(File.ReadAllText(path)) as JObject ?? throw new GateInputException(path, "manifest must be a JSON object");
        }
        catch (JsonReaderException e)
        {
            throw new GateInputException(path, "manifest is not valid JSON: " + e.Message, e);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (root["sets"] is not JArray sets || sets.Count == 0)
        {
            throw new GateInputException(path, "'sets' must be a non-empty array");
        }

        return sets.Select((s, i) => ReadSet(s as JObject ?? throw new GateInputException(path, $"sets[{Index(i)}] must be an object"), folder, path, $"sets[{Index(i)}]")).ToList();
    }

    private static ReplaySet ReadSet(JObject set, string folder, string source, string at)
    {
        var trials = set["trials"] as JArray ?? throw new GateInputException(source, $"{at}.trials must be an array");
        var baselineReports = Names(set["baseline_reports"]);
        if (set["baseline"] is null && baselineReports is not { Count: > 0 })
        {
            throw new GateInputException(source, $"{at} needs 'baseline' (a baseline file or folder) or 'baseline_reports' (run ids)");
        }

        return new ReplaySet(
            Text(set, "name", source, at), (string?)set["profile"] ?? "unknown",
            Path.Combine(folder, Text(set, "reports", source, at)), set["baseline"] is null ? null : Path.Combine(folder, Text(set, "baseline", source, at)),
            trials.Select((t, i) => ReadTrial(t as JObject ?? throw new GateInputException(source, $"{at}.trials[{Index(i)}] must be an object"), source, $"{at}.trials[{Index(i)}]")).ToList(),
            set["baseline"] is null ? baselineReports : null);
    }

    private static ReplayTrial ReadTrial(JObject trial, string source, string at)
    {
        var kindText = Text(trial, "kind", source, at);
        var kind = kindText switch
        {
            "aa" => TrialKind.AA,
            "burner" => TrialKind.Burner,
            "inject" => TrialKind.Inject,
            "alloc" => TrialKind.Alloc,
            _ => throw new GateInputException(source, $"{at}.kind '{kindText}' is not one of aa, burner, inject, alloc"),
        };
        var target = (string?)trial["target"];
        if (kind is TrialKind.Inject or TrialKind.Alloc && string.IsNullOrWhiteSpace(target))
        {
            throw new GateInputException(source, $"{at}: an {kindText} trial needs 'target'");
        }

        double? factor = trial["factor"] is { Type: JTokenType.Float or JTokenType.Integer } f ? (double)f : null;
        if (kind == TrialKind.Inject && factor is not > 1.0)
        {
            throw new GateInputException(source, $"{at}: an inject trial needs 'factor' above 1");
        }

        LoggedVerdicts? logged = null;
        if (trial["logged"] is JObject l)
        {
            logged = new LoggedVerdicts((int?)l["exit"] ?? 0, Names(l["regression"]), Names(l["suspected"]), Names(l["alloc"]));
        }

        return new ReplayTrial(Text(trial, "run", source, at), kind, target, factor, logged, (bool?)trial["concurrent"] ?? false);
    }

    private static List<string>? Names(JToken? token) => token is JArray a ? a.Select(n => (string?)n ?? string.Empty).ToList() : null;

    private static string Text(JObject o, string name, string source, string at) =>
        o[name] is { Type: JTokenType.String } t && !string.IsNullOrWhiteSpace((string?)t) ? (string)t! : throw new GateInputException(source, $"{at}.{name} must be a non-empty string");

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
