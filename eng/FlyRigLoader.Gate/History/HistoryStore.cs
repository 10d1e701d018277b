using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using Newtonsoft.Json;

namespace FlyRigLoader.Gate.History;

/// <summary>
/// Reads, validates and atomically writes history files: <c>&lt;baseline folder&gt;/history/&lt;baseline file name&gt;</c>,
/// one per environment fingerprint and job like the baselines. A corrupt file is refused whole, naming the field.
/// </summary>
internal static class HistoryStore
{
    /// <summary>Marker of the history format.</summary>
    public const string Kind = "flyrigloader-history";

    /// <summary>The folder beside the baselines that holds the history files.</summary>
    public const string FolderName = "history";

    /// <summary>The history file of a baseline file: same name, in <c>history/</c> beside it.</summary>
    public static string PathFor(string baselineFile)
    {
        ArgumentNullException.ThrowIfNull(baselineFile);
        var full = Path.GetFullPath(baselineFile);
        return Path.Combine(Path.GetDirectoryName(full)!, FolderName, Path.GetFileName(full));
    }

    /// <summary>
    /// The history file for a run: beside <paramref name="baselineFile"/> when the gate used a baseline file, else the
    /// file of the run's fingerprint and job in <c>history/</c> under <paramref name="baselineFolder"/>; null when there is none.
    /// </summary>
    public static string? Locate(string? baselineFile, string? baselineFolder, string? fingerprint, string? jobKey)
    {
        if (baselineFile is not null && File.Exists(baselineFile) && File.Exists(PathFor(baselineFile)))
        {
            return PathFor(baselineFile);
        }

        if (baselineFolder is null || fingerprint is null || jobKey is null || !Directory.Exists(Path.Combine(baselineFolder, FolderName)))
        {
            return null;
        }

        var stem = "-" + Sanitize(fingerprint) + "-" + Sanitize(jobKey) + ".json";
        return Directory.EnumerateFiles(Path.Combine(baselineFolder, FolderName), "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f).EndsWith(stem, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Reads and validates a history file.</summary>
    /// <exception cref="GateInputException">Unreadable, not JSON, or a field is missing or wrong.</exception>
    public static HistoryFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new GateInputException(path, "cannot read history file: " + e.Message, e);
        }

        HistoryDocument? document;
        try
        {
            document = JsonConvert.DeserializeObject<HistoryDocument>(text, ReportJson.Settings);
        }
        catch (JsonException e)
        {
            throw new GateInputException(path, "history file is not valid: " + e.Message, e);
        }

        return Validate(document ?? throw new GateInputException(path, "history file is empty"), path);
    }

    /// <summary>Writes a history file atomically (temp file, then rename).</summary>
    public static void Write(string path, HistoryFile history)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(history);
        AtomicFile.WriteAllText(path, ToJson(history) + "\n");
    }

    /// <summary>
    /// The file's JSON text: the header indented, then one line per run, so a refresh adds one line to the diff and the
    /// file stays about 11 KB per run of the default suite.
    /// </summary>
    public static string ToJson(HistoryFile history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var header = ReportJson.Serialize(new HistoryDocument(
            Kind, HistoryFile.SchemaVersion, history.EnvironmentName, history.Fingerprint, history.FingerprintCanonical, history.Job, history.KeepRuns, []));
        var compact = new JsonSerializerSettings(ReportJson.Settings) { Formatting = Formatting.None };
        var runs = history.Runs.Select(r => "    " + JsonConvert.SerializeObject(r with { Benchmarks = [.. r.Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal).Select(Rounded)] }, compact));
        var empty = header.LastIndexOf("\"runs\": []", StringComparison.Ordinal);
        return header[..empty] + "\"runs\": [\n" + string.Join(",\n", runs) + "\n  ]" + header[(empty + "\"runs\": []".Length)..];
    }

    /// <summary>Checks every field of a parsed document; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="GateInputException">The first problem found.</exception>
    public static HistoryFile Validate(HistoryDocument document, string source)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Kind != Kind)
        {
            throw new GateInputException(source, $"'kind' must be \"{Kind}\"");
        }

        if (document.SchemaVersion != HistoryFile.SchemaVersion)
        {
            throw new GateInputException(source, Inv($"unsupported schema_version {document.SchemaVersion} (expected {HistoryFile.SchemaVersion})"));
        }

        var fingerprint = NonEmpty(document.Fingerprint) ?? throw new GateInputException(source, "missing 'fingerprint'");
        var environment = NonEmpty(document.Environment) ?? throw new GateInputException(source, "missing 'environment'");
        if (document.Job is not { } job || NonEmpty(job.Profile) is null || job.BdnJob is null || job.Launches < 1 || job.Runtime is null)
        {
            throw new GateInputException(source, "'job' must hold profile, bdn_job, launches >= 1 and runtime");
        }

        if (document.KeepRuns < 1)
        {
            throw new GateInputException(source, "'keep_runs' must be a positive integer");
        }

        var runs = document.Runs ?? throw new GateInputException(source, "missing 'runs' array");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedRuns = new List<HistoryEntry>();
        for (var i = 0; i < runs.Count; i++)
        {
            var at = Inv($"runs[{i}]");
            var run = runs[i] ?? throw new GateInputException(source, at + " is not an object");
            if (NonEmpty(run.RunId) is not { } id || !seen.Add(id))
            {
                throw new GateInputException(source, $"{at}.run_id is missing or repeats an earlier run's");
            }

            if (run.Date == default)
            {
                throw new GateInputException(source, $"{at} ('{id}') has no 'date'");
            }

            if (run.Label is not null && (!run.Anchor || string.IsNullOrWhiteSpace(run.Label)))
            {
                throw new GateInputException(source, $"{at} ('{id}'): a 'label' needs 'anchor': true and some text");
            }

            checkedRuns.Add(run with { Benchmarks = Benchmarks(run, at, source) });
        }

        return new HistoryFile(fingerprint, NonEmpty(document.FingerprintCanonical), environment, job, document.KeepRuns, checkedRuns);
    }

    private static List<HistoryBenchmark> Benchmarks(HistoryEntry run, string at, string source)
    {
        var benchmarks = run.Benchmarks ?? throw new GateInputException(source, $"{at} ('{run.RunId}') has no 'benchmarks' array");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<HistoryBenchmark>();
        for (var j = 0; j < benchmarks.Count; j++)
        {
            var where = Inv($"{at}.benchmarks[{j}]");
            var b = benchmarks[j] ?? throw new GateInputException(source, where + " is not an object");
            if (NonEmpty(b.FullName) is not { } name || !names.Add(name))
            {
                throw new GateInputException(source, $"{where}.full_name is missing or repeats another benchmark of the run");
            }

            if (!(b.MedianNs > 0) || !double.IsFinite(b.MedianNs))
            {
                throw new GateInputException(source, $"{where} ('{name}').median_ns must be a positive number");
            }

            if (!(b.LogSpread >= 0) || !double.IsFinite(b.LogSpread))
            {
                throw new GateInputException(source, $"{where} ('{name}').log_spread must be a non-negative number");
            }

            if (b.N < 1)
            {
                throw new GateInputException(source, $"{where} ('{name}').n must be a positive integer");
            }

            if (b.AllocatedBytesPerOp is { } bytes && (!(bytes >= 0) || !double.IsFinite(bytes)))
            {
                throw new GateInputException(source, $"{where} ('{name}').allocated_bytes_per_op must be null or a non-negative number");
            }

            list.Add(b);
        }

        return list;
    }

    // Summaries need no more digits than the measurements have; fewer keep the committed file small and its diffs readable.
    private static HistoryBenchmark Rounded(HistoryBenchmark b) =>
        b with { MedianNs = Math.Round(b.MedianNs, 4), LogSpread = Math.Round(b.LogSpread, 6), AllocatedBytesPerOp = b.AllocatedBytesPerOp is { } a ? Math.Round(a, 2) : null };

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Sanitize(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? char.ToLowerInvariant(c) : '-').ToArray());

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
