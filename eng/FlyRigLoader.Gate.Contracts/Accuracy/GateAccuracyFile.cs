using System.Globalization;
using Newtonsoft.Json;

namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>
/// The one reader and writer of <see cref="GateAccuracyReport"/> files (the gate's JSON dialect, <see cref="ReportJson"/>).
/// The reader fails closed: anything malformed is a <see cref="GateInputException"/> naming the file.
/// </summary>
public static class GateAccuracyFile
{
    /// <summary>The file name prefix; the run id and <c>.json</c> follow.</summary>
    public const string Prefix = "gate-accuracy-";

    /// <summary>The file name of a run.</summary>
    public static string FileName(string runId) => Prefix + runId + ".json";

    /// <summary>The file's text.</summary>
    public static string Serialize(GateAccuracyReport report) => ReportJson.Serialize(report ?? throw new ArgumentNullException(nameof(report)));

    /// <summary>The newest <c>gate-accuracy-*.json</c> in <paramref name="folder"/> (run ids sort by time), or null when there is none.</summary>
    public static string? Newest(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, Prefix + "*.json").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    /// <exception cref="GateInputException">Missing, not JSON, another schema version, or a required part missing.</exception>
    public static GateAccuracyReport Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "gate-accuracy report not found");
        }

        GateAccuracyReport? report;
        try
        {
            report = JsonConvert.DeserializeObject<GateAccuracyReport>(File.ReadAllText(path), ReportJson.Settings);
        }
        catch (JsonException e)
        {
            throw new GateInputException(path, "not a valid gate-accuracy report: " + e.Message, e);
        }

        if (report is null)
        {
            throw new GateInputException(path, "empty gate-accuracy report");
        }

        if (report.SchemaVersion != GateAccuracyReport.CurrentSchemaVersion)
        {
            throw new GateInputException(path, string.Create(CultureInfo.InvariantCulture,
                $"schema_version {report.SchemaVersion} is not supported (expected {GateAccuracyReport.CurrentSchemaVersion})"));
        }

        if (string.IsNullOrEmpty(report.RunId) || report.Machine is null || report.Settings is null || report.Experiments is null || report.Errors is null
            || report.Experiments.Any(e => e?.Name is null || e.Trials is null || e.Scores is null || e.Scores.Any(s => s?.Measure is null || s.Outcomes is null)))
        {
            throw new GateInputException(path, "gate-accuracy report lacks run_id, machine, settings, errors, or an experiment's name, trials or scores");
        }

        return report;
    }
}
