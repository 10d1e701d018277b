using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Statistics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>Reads, validates and atomically writes baseline files (<c>baselines/&lt;environment&gt;-&lt;fingerprint&gt;.json</c>).</summary>
internal static class BaselineStore
{
    /// <summary>Marker of our baseline format, so a BenchmarkDotNet report passed as a baseline is recognised as such.</summary>
    public const string Kind = "flyrigloader-baseline";

    /// <summary>The file name for an environment: readable name plus fingerprint.</summary>
    public static string FileName(string environmentName, string fingerprint) =>
        $"{Sanitize(environmentName)}-{Sanitize(fingerprint)}.json";

    /// <summary>True when the JSON text looks like our baseline format (not a BenchmarkDotNet report).</summary>
    public static bool IsBaselineJson(string path)
    {
        try
        {
            using var reader = new JsonTextReader(File.OpenText(path));
            while (reader.Read())
            {
                if (reader.TokenType == JsonToken.PropertyName && reader.Depth == 1 && (string?)reader.Value == "kind")
                {
                    return reader.Read() && (reader.Value as string) == Kind;
                }

                if (reader.Depth == 1 && reader.TokenType is JsonToken.StartArray or JsonToken.StartObject)
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    /// <summary>Reads and validates a baseline file.</summary>
    /// <exception cref="GateInputException">Missing, unreadable, corrupt or inconsistent.</exception>
    public static BaselineFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "baseline not found");
        }

        JObject root;
        try
        {
            using var reader = new JsonTextReader(File.OpenText(path)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            root = JToken.ReadFrom(reader) as JObject ?? throw new GateInputException(path, "baseline is not a JSON object");
        }
        catch (JsonReaderException e)
        {
            throw new GateInputException(path, $"baseline is not valid JSON (line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}): {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new GateInputException(path, "cannot read baseline: " + e.Message, e);
        }

        return Parse(root, path);
    }

    /// <summary>Validates a parsed baseline document; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="GateInputException">The document is not a valid baseline.</exception>
    public static BaselineFile Parse(JObject root, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (Str(root, "kind") != Kind)
        {
            throw new GateInputException(source, $"'kind' must be \"{Kind}\"");
        }

        if (root["schema_version"]?.Type != JTokenType.Integer || (int)root["schema_version"]! != BaselineFile.SchemaVersion)
        {
            throw new GateInputException(source, $"unsupported schema_version (expected {BaselineFile.SchemaVersion.ToString(CultureInfo.InvariantCulture)})");
        }

        var fingerprint = Str(root, "fingerprint") ?? throw new GateInputException(source, "missing 'fingerprint'");
        var environment = Str(root, "environment") ?? throw new GateInputException(source, "missing 'environment'");
        var keep = root["keep_runs"]?.Type == JTokenType.Integer && (int)root["keep_runs"]! > 0
            ? (int)root["keep_runs"]! : throw new GateInputException(source, "'keep_runs' must be a positive integer");
        if (root["runs"] is not JArray runs)
        {
            throw new GateInputException(source, "missing 'runs' array");
        }

        var parsed = runs.Select((r, i) => ParseRun(r, $"runs[{i.ToString(CultureInfo.InvariantCulture)}]", source)).ToList();
        return new BaselineFile(fingerprint, environment, keep, parsed);
    }

    /// <summary>Writes a baseline atomically (temp file, then rename), so a crash never leaves half a baseline.</summary>
    public static void Write(string path, BaselineFile baseline)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(baseline);
        AtomicFile.WriteAllText(path, ToJson(baseline).ToString(Formatting.Indented) + "\n");
    }

    /// <summary>The JSON document of a baseline (samples plus summary statistics, no logs).</summary>
    public static JObject ToJson(BaselineFile baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new JObject
        {
            ["kind"] = Kind,
            ["schema_version"] = BaselineFile.SchemaVersion,
            ["environment"] = baseline.EnvironmentName,
            ["fingerprint"] = baseline.Fingerprint,
            ["keep_runs"] = baseline.KeepRuns,
            ["runs"] = new JArray(baseline.Runs.Select(r => new JObject
            {
                ["run_id"] = r.Provenance.RunId,
                ["git_sha"] = r.Provenance.GitSha,
                ["branch"] = r.Provenance.Branch,
                ["date"] = r.Provenance.Date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["bdn_version"] = r.Provenance.BdnVersion,
                ["runtime_version"] = r.Provenance.RuntimeVersion,
                ["job_config"] = r.Provenance.JobConfig,
                ["calibration_ns"] = r.CalibrationNs,
                ["benchmarks"] = new JArray(r.Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal).Select(BenchmarkJson)),
            })),
        };
    }

    private static JObject BenchmarkJson(MeasuredBenchmark b)
    {
        var json = new JObject
        {
            ["full_name"] = b.FullName,
            ["category"] = b.Category,
            ["n"] = b.SamplesNs.Count,
            ["median_ns"] = RobustStatistics.Median(b.SamplesNs),
            ["min_ns"] = b.SamplesNs.Min(),
            ["max_ns"] = b.SamplesNs.Max(),
            ["allocated_bytes_per_op"] = b.AllocatedBytesPerOp,
            ["samples_ns"] = new JArray(b.SamplesNs.Select(s => Math.Round(s, 4))),
        };
        if (b.LaunchMediansNs is { Count: > 0 } medians)
        {
            // Optional (absent for runs measured in one process): K runs × L launches show the between-process spread.
            json["launch_medians_ns"] = new JArray(medians.Select(m => Math.Round(m, 4)));
        }

        return json;
    }

    /// <summary>
    /// Picks the baseline for an environment from a file or folder: the file whose name ends with the fingerprint, else
    /// (folder with other environments only) the newest file, flagged as not matching. Null when there is none.
    /// </summary>
    public static (string Path, bool FingerprintMatches)? Locate(string fileOrDirectory, string? fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fileOrDirectory);
        if (File.Exists(fileOrDirectory))
        {
            return (fileOrDirectory, true);
        }

        if (!Directory.Exists(fileOrDirectory))
        {
            return null;
        }

        var candidates = Directory.EnumerateFiles(fileOrDirectory, "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith('.') && IsBaselineJson(f)).ToList();
        if (fingerprint is not null)
        {
            var exact = candidates.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f).EndsWith("-" + Sanitize(fingerprint), StringComparison.Ordinal));
            if (exact is not null)
            {
                return (exact, true);
            }
        }

        var newest = candidates.OrderByDescending(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        return newest is null ? null : (newest, false);
    }

    private static BaselineRun ParseRun(JToken token, string at, string source)
    {
        if (token is not JObject run)
        {
            throw new GateInputException(source, $"{at} is not an object");
        }

        var dateText = Str(run, "date") ?? throw new GateInputException(source, $"{at} has no 'date'");
        if (!DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            throw new GateInputException(source, $"{at}.date is not a date: {dateText}");
        }

        var provenance = new RunProvenance(
            Str(run, "run_id") ?? throw new GateInputException(source, $"{at} has no 'run_id'"),
            Str(run, "git_sha"), Str(run, "branch"), date, Str(run, "bdn_version"), Str(run, "runtime_version"), Str(run, "job_config"));
        var calibration = OptionalNumber(run, "calibration_ns", at, source);
        if (run["benchmarks"] is not JArray benchmarks)
        {
            throw new GateInputException(source, $"{at} has no 'benchmarks' array");
        }

        var list = new List<MeasuredBenchmark>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < benchmarks.Count; i++)
        {
            var where = $"{at}.benchmarks[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (benchmarks[i] is not JObject b)
            {
                throw new GateInputException(source, $"{where} is not an object");
            }

            var name = Str(b, "full_name") ?? throw new GateInputException(source, $"{where} has no 'full_name'");
            if (!seen.Add(name))
            {
                throw new GateInputException(source, $"{where}: duplicate benchmark '{name}' in one run");
            }

            if (b["samples_ns"] is not JArray samples || samples.Count == 0)
            {
                throw new GateInputException(source, $"{where} ('{name}') has no 'samples_ns' array");
            }

            var values = samples.Select((s, j) => s.Type is JTokenType.Float or JTokenType.Integer && double.IsFinite((double)s) && (double)s > 0
                ? (double)s
                : throw new GateInputException(source, $"{where}.samples_ns[{j.ToString(CultureInfo.InvariantCulture)}] is not a positive number")).ToList();
            list.Add(new MeasuredBenchmark(name, Str(b, "category"), values, OptionalNumber(b, "allocated_bytes_per_op", where, source), LaunchMedians(b, where, name, source)));
        }

        return new BaselineRun(provenance, calibration, list);
    }

    // Absent or null in runs measured in one process (and in every baseline written before launches).
    private static List<double>? LaunchMedians(JObject b, string where, string name, string source)
    {
        var token = b["launch_medians_ns"];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token is not JArray medians || medians.Count == 0)
        {
            throw new GateInputException(source, $"{where} ('{name}'): 'launch_medians_ns' must be a non-empty array of positive numbers");
        }

        return medians.Select((s, j) => s.Type is JTokenType.Float or JTokenType.Integer && double.IsFinite((double)s) && (double)s > 0
            ? (double)s
            : throw new GateInputException(source, $"{where}.launch_medians_ns[{j.ToString(CultureInfo.InvariantCulture)}] is not a positive number")).ToList();
    }

    private static double? OptionalNumber(JObject o, string name, string at, string source)
    {
        var token = o[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        return token.Type is JTokenType.Float or JTokenType.Integer && double.IsFinite((double)token) && (double)token >= 0
            ? (double)token
            : throw new GateInputException(source, $"{at}.{name} is not a non-negative number");
    }

    private static string? Str(JObject o, string name) =>
        o[name]?.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)o[name]) ? (string)o[name]! : null;

    private static string Sanitize(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? char.ToLowerInvariant(c) : '-').ToArray());
}
