using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Statistics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>
/// Reads, validates and atomically writes baseline files: one per environment fingerprint and job,
/// <c>baselines/&lt;environment&gt;-&lt;fingerprint&gt;-&lt;job key&gt;.json</c>. Schema 1 files (no job recorded) are still read.
/// </summary>
internal static class BaselineStore
{
    /// <summary>Marker of our baseline format, so a BenchmarkDotNet report passed as a baseline is recognised as such.</summary>
    public const string Kind = "flyrigloader-baseline";

    /// <summary>The oldest schema version still read (it records no job).</summary>
    public const int OldestSchemaVersion = 1;

    /// <summary>The file name for an environment and a job: readable name, fingerprint, job key.</summary>
    public static string FileName(string environmentName, string fingerprint, string jobKey) =>
        $"{Sanitize(environmentName)}-{Sanitize(fingerprint)}-{Sanitize(jobKey)}.json";

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

        if (root["schema_version"]?.Type != JTokenType.Integer || (long)root["schema_version"]! is not (OldestSchemaVersion or BaselineFile.SchemaVersion))
        {
            throw new GateInputException(source, string.Create(CultureInfo.InvariantCulture, $"unsupported schema_version (expected {OldestSchemaVersion} or {BaselineFile.SchemaVersion})"));
        }

        var withJobs = (int)root["schema_version"]! >= 2;

        var fingerprint = Str(root, "fingerprint") ?? throw new GateInputException(source, "missing 'fingerprint'");
        var environment = Str(root, "environment") ?? throw new GateInputException(source, "missing 'environment'");
        var keep = root["keep_runs"]?.Type == JTokenType.Integer && (int)root["keep_runs"]! > 0
            ? (int)root["keep_runs"]! : throw new GateInputException(source, "'keep_runs' must be a positive integer");
        if (root["runs"] is not JArray runs)
        {
            throw new GateInputException(source, "missing 'runs' array");
        }

        var parsed = runs.Select((r, i) => ParseRun(r, $"runs[{i.ToString(CultureInfo.InvariantCulture)}]", source, withJobs)).ToList();
        for (var i = 1; i < parsed.Count; i++)
        {
            if (!Equals(parsed[i].Job, parsed[0].Job))
            {
                var why = Comparability.Decide(new RunIdentity(fingerprint, null, parsed[0].Job), new RunIdentity(fingerprint, null, parsed[i].Job)).Reason;
                throw new GateInputException(source, string.Create(CultureInfo.InvariantCulture, $"runs[{i}] has another job than runs[0] ({why}); one baseline file holds one job"));
            }
        }

        return new BaselineFile(fingerprint, environment, keep, parsed, withJobs ? Str(root, "fingerprint_canonical") : null);
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
            ["fingerprint_canonical"] = baseline.FingerprintCanonical,
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
                ["machine"] = r.Provenance.Machine is { } m
                    ? new JObject { ["platform"] = m.Platform, ["cpu_count"] = m.CpuCount, ["memory_total_gb"] = m.MemoryTotalGb is > 0 and var gb ? Math.Round(gb, 2) : null }
                    : null,
                ["job"] = r.Job is { } job ? JobJson.ToJson(job) : throw new InvalidOperationException($"run {r.Provenance.RunId} has no job; schema {BaselineFile.SchemaVersion.ToString(CultureInfo.InvariantCulture)} records the job of every run"),
                ["calibration_ns"] = r.CalibrationNs,
                ["benchmarks"] = new JArray(r.Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal).Select(BenchmarkJson)),
            })),
        };
    }

    private static JObject BenchmarkJson(MeasuredBenchmark b)
    {
        // The suite guide's statistical_summary (count, mean, median, std, min, max, CI95), derived from the samples and
        // written for readers of the file; the gate itself reads only the samples, so these can never disagree with them.
        var n = b.SamplesNs.Count;
        var mean = b.SamplesNs.Average();
        var sd = n > 1 ? Math.Sqrt(b.SamplesNs.Sum(s => (s - mean) * (s - mean)) / (n - 1)) : 0.0;
        var ci = n > 1 ? SampleStatistics.StudentTInterval(mean, sd, n, SampleStatistics.Level) : null;
        var json = new JObject
        {
            ["full_name"] = b.FullName,
            ["category"] = b.Category,
            ["n"] = n,
            ["median_ns"] = RobustStatistics.Median(b.SamplesNs),
            ["mean_ns"] = Math.Round(mean, 4),
            ["std_dev_ns"] = Math.Round(sd, 4),
            ["ci95_lower_ns"] = ci is null ? null : Math.Round(ci.Lower, 4),
            ["ci95_upper_ns"] = ci is null ? null : Math.Round(ci.Upper, 4),
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
    /// Picks the baseline for a run from a file or folder: a file given explicitly; else the file named for the run's
    /// fingerprint and job; else the closest candidate, never silently: another job's file of the same fingerprint
    /// (newest first, old schema-1 names included), else the newest baseline of the folder, with a note saying so.
    /// Whether the file can judge the run is decided from its content (<see cref="BaselineFile.Identity"/>). Null when
    /// there is no baseline at all.
    /// </summary>
    public static BaselineLocation? Locate(string fileOrDirectory, string? fingerprint, string? jobKey)
    {
        ArgumentNullException.ThrowIfNull(fileOrDirectory);
        if (File.Exists(fileOrDirectory))
        {
            return new BaselineLocation(fileOrDirectory, true, null);
        }

        if (!Directory.Exists(fileOrDirectory))
        {
            return null;
        }

        var candidates = Directory.EnumerateFiles(fileOrDirectory, "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith('.') && IsBaselineJson(f))
            .OrderByDescending(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal).ToList();
        if (fingerprint is null)
        {
            return candidates.Count == 0 ? null : new BaselineLocation(candidates[0], false, $"the run has no fingerprint; the newest baseline in {fileOrDirectory} is used");
        }

        var stem = "-" + Sanitize(fingerprint);
        if (jobKey is not null && candidates.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f).EndsWith(stem + "-" + Sanitize(jobKey), StringComparison.Ordinal)) is { } exact)
        {
            return new BaselineLocation(exact, true, null);
        }

        var wanted = $"no baseline of fingerprint {fingerprint} and job {jobKey ?? RunIdentity.NotRecorded} in {fileOrDirectory}";
        var sameMachine = candidates.FirstOrDefault(f =>
            Path.GetFileNameWithoutExtension(f) is var name && (name.EndsWith(stem, StringComparison.Ordinal) || name.Contains(stem + "-", StringComparison.Ordinal)));
        if (sameMachine is not null)
        {
            return new BaselineLocation(sameMachine, false, $"{wanted}; the closest is another job's baseline of this fingerprint, {Path.GetFileName(sameMachine)}");
        }

        return candidates.Count == 0 ? null : new BaselineLocation(candidates[0], false, $"{wanted}; the closest is the newest baseline there, {Path.GetFileName(candidates[0])}");
    }

    private static BaselineRun ParseRun(JToken token, string at, string source, bool withJob)
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
            Str(run, "git_sha"), Str(run, "branch"), date, Str(run, "bdn_version"), Str(run, "runtime_version"), Str(run, "job_config"))
        {
            Machine = ParseMachine(run, at, source),
        };
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

        return new BaselineRun(provenance, calibration, list, withJob ? JobJson.Parse(run["job"], at, source) : null);
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

    /// <summary>The optional <c>machine</c> block (absent or null in baselines written before it existed).</summary>
    private static RunMachine? ParseMachine(JObject run, string at, string source)
    {
        var token = run["machine"];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token is not JObject machine)
        {
            throw new GateInputException(source, $"{at}.machine is not an object");
        }

        var platform = Str(machine, "platform") ?? throw new GateInputException(source, $"{at}.machine has no 'platform'");
        var cpus = machine["cpu_count"] is { Type: JTokenType.Integer } c && (int)c > 0
            ? (int)c : throw new GateInputException(source, $"{at}.machine.cpu_count must be a positive integer");
        return new RunMachine(platform, cpus, OptionalNumber(machine, "memory_total_gb", $"{at}.machine", source));
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
