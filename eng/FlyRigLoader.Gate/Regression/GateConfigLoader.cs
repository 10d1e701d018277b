using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Statistics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Reads the gate's threshold file (<c>baselines/gate-config.json</c>); unknown keys and out-of-range values are errors.</summary>
internal static class GateConfigLoader
{
    private static readonly string[] TopLevel =
    [
        "schema_version", "fail_threshold", "warn_threshold", "alpha", "noise_floor_ns", "prior_drift", "min_drift", "drift_prior_weight",
        "fail_band_factor", "warn_band_factor", "fastest_launch_band_factor", "fastest_launch_mode_runs", "min_samples", "allocation_tolerance_bytes", "allocation_spread_factor", "allocation_relative_tolerance", "drift_tolerance", "drift_cap_shift", "trim_lone_slow_launch", "drift_min_benchmarks",
        "drift_agreement", "suite_normalization", "keep_runs", "baseline_max_launch_spread", "max_baseline_age_days", "bootstrap_resamples", "confidence_level", "ab_rounds", "ab_executor", "ab_launches", "ab_pairs", "ab_batch_ms", "confirm_rounds",
        "bisect_remeasures", "bisect_remeasure_launches", "ab_remeasures", "ab_remeasure_launches", "ab_fail_threshold", "overrides", "$comment", "interference",
        "leak_check", "report_confidence_level", "report_interval_method",
    ];

    private static readonly string[] InterferenceKeys =
        ["foreign_cores", "steal_share", "launch_spread", "launch_spread_vs_suite", "calibration_shift", "beyond_interference", "run_queue_share", "memory_probe_shift", "remeasure_launches", "remeasure_rounds", "quiet_wait_seconds", "$comment"];

    private static readonly string[] LeakCheckKeys = ["managed_slope_limit_mb", "alpha", "$comment"];

    private static readonly string[] OverrideKeys = ["match", "category", "fail_threshold", "warn_threshold", "noise_floor_ns", "allocation_tolerance_bytes", "$comment"];

    /// <summary>Loads the file, or returns the defaults when <paramref name="path"/> does not exist and <paramref name="optional"/> is set.</summary>
    /// <exception cref="GateInputException">The file is malformed.</exception>
    public static GateConfig Load(string path, bool optional = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return optional ? new GateConfig() : throw new GateInputException(path, "gate config not found");
        }

        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (IOException e)
        {
            throw new GateInputException(path, "cannot read gate config: " + e.Message, e);
        }
    }

    /// <summary>Parses config text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="GateInputException">The text is malformed.</exception>
    public static GateConfig Parse(string json, string source)
    {
        JObject root;
        try
        {
            root = JToken.Parse(json) as JObject ?? throw new GateInputException(source, "gate config must be a JSON object");
        }
        catch (JsonReaderException e)
        {
            throw new GateInputException(source, $"gate config is not valid JSON (line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}): {e.Message}", e);
        }

        // "$comment_<key>" keys carry the one-line reason next to a value (JSON has no comments).
        foreach (var p in root.Properties().Where(p => !TopLevel.Contains(p.Name, StringComparer.Ordinal) && !p.Name.StartsWith("$comment_", StringComparison.Ordinal)))
        {
            throw new GateInputException(source, $"unknown key '{p.Name}'; valid keys: {string.Join(", ", TopLevel)}");
        }

        var d = new GateConfig();
        var (interference, remeasure, rounds, quietWait) = Interference(root["interference"], d, source);
        var (leakSlope, leakAlpha) = LeakCheck(root["leak_check"], d, source);
        var config = new GateConfig
        {
            // baseline_max_launch_spread is a top-level key (the baseline's limit) stored in the interference thresholds,
            // whose unsettled-run witness reads the same limit (GateConfig.BaselineMaxLaunchSpread derives from it).
            Interference = interference with { SettledLaunchSpread = Num(root, "baseline_max_launch_spread", d.BaselineMaxLaunchSpread, 0, 10, source) },
            LeakManagedSlopeLimitMb = leakSlope,
            LeakAlpha = leakAlpha,
            RemeasureLaunches = remeasure,
            RemeasureRounds = rounds,
            QuietWaitSeconds = quietWait,
            FailThreshold = Num(root, "fail_threshold", d.FailThreshold, 0, 100, source),
            WarnThreshold = Num(root, "warn_threshold", d.WarnThreshold, 0, 100, source),
            Alpha = Num(root, "alpha", d.Alpha, 1e-12, 0.5, source),
            NoiseFloorNs = Num(root, "noise_floor_ns", d.NoiseFloorNs, 0, double.MaxValue, source),
            PriorDrift = Num(root, "prior_drift", d.PriorDrift, 0, 1, source),
            MinDrift = Num(root, "min_drift", d.MinDrift, 0, 1, source),
            DriftPriorWeight = Num(root, "drift_prior_weight", d.DriftPriorWeight, 0, 1000, source),
            FailBandFactor = Num(root, "fail_band_factor", d.FailBandFactor, 0, 100, source),
            WarnBandFactor = Num(root, "warn_band_factor", d.WarnBandFactor, 0, 100, source),
            FastestLaunchBandFactor = Num(root, "fastest_launch_band_factor", d.FastestLaunchBandFactor, 0, 100, source),
            FastestLaunchModeRuns = Count(root, "fastest_launch_mode_runs", d.FastestLaunchModeRuns, 0, 1000, source),
            MinSamples = Count(root, "min_samples", d.MinSamples, 2, 10000, source),
            AllocationToleranceBytes = Num(root, "allocation_tolerance_bytes", d.AllocationToleranceBytes, 0, double.MaxValue, source),
            AllocationSpreadFactor = Num(root, "allocation_spread_factor", d.AllocationSpreadFactor, 0, 100, source),
            AllocationRelativeTolerance = Num(root, "allocation_relative_tolerance", d.AllocationRelativeTolerance, 0, 0.1, source),
            DriftTolerance = Num(root, "drift_tolerance", d.DriftTolerance, 0, 10, source),
            DriftCapShift = Num(root, "drift_cap_shift", d.DriftCapShift, 0, 10, source),
            TrimLoneSlowLaunch = Flag(root, "trim_lone_slow_launch", d.TrimLoneSlowLaunch, source),
            DriftMinBenchmarks = Count(root, "drift_min_benchmarks", d.DriftMinBenchmarks, 1, 100000, source),
            DriftAgreement = Num(root, "drift_agreement", d.DriftAgreement, 0, 1, source),
            SuiteNormalization = Normalization(root, d.SuiteNormalization, source),
            KeepRuns = Count(root, "keep_runs", d.KeepRuns, 1, 1000, source),
            MaxBaselineAgeDays = Count(root, "max_baseline_age_days", d.MaxBaselineAgeDays, 1, 100000, source),
            BootstrapResamples = Count(root, "bootstrap_resamples", d.BootstrapResamples, 0, 1_000_000, source),
            ConfidenceLevel = Num(root, "confidence_level", d.ConfidenceLevel, 0.5, 0.9999, source),
            ReportIntervals = new IntervalSettings(
                Num(root, "report_confidence_level", d.ReportIntervals.Level, 0.5, 0.9999, source),
                Named(root, "report_interval_method", IntervalMethodNames, d.ReportIntervals.Method, source)),
            AbFailThreshold = Num(root, "ab_fail_threshold", d.AbFailThreshold, 0, 100, source),
            AbRounds = Count(root, "ab_rounds", d.AbRounds, 1, 50, source),
            AbExecutor = Named(root, "ab_executor", ExecutorNames, d.AbExecutor, source),
            AbLaunches = Count(root, "ab_launches", d.AbLaunches, 1, 50, source),
            AbPairs = Count(root, "ab_pairs", d.AbPairs, 6, 100_000, source),
            AbBatchMilliseconds = Num(root, "ab_batch_ms", d.AbBatchMilliseconds, 1, 60_000, source),
            ConfirmRounds = Count(root, "confirm_rounds", d.ConfirmRounds, 1, 50, source),
            AbRemeasures = Count(root, "ab_remeasures", d.AbRemeasures, 0, 10, source),
            AbRemeasureLaunches = Count(root, "ab_remeasure_launches", d.AbRemeasureLaunches, 1, 50, source),
            BisectRemeasures = Count(root, "bisect_remeasures", d.BisectRemeasures, 0, 10, source),
            BisectRemeasureLaunches = Count(root, "bisect_remeasure_launches", d.BisectRemeasureLaunches, 1, 50, source),
            Overrides = Overrides(root["overrides"], source),
        };
        if (config.WarnThreshold > config.FailThreshold)
        {
            throw new GateInputException(source, "warn_threshold must not exceed fail_threshold");
        }

        return config;
    }

    /// <summary>The names <c>suite_normalization</c> accepts, in the order of <see cref="Regression.SuiteNormalization"/>.</summary>
    public static readonly string[] NormalizationNames = ["calibration", "suite-median", "leave-one-out"];

    /// <summary>The names <c>report_interval_method</c> accepts, in the order of <see cref="IntervalMethod"/>.</summary>
    public static readonly string[] IntervalMethodNames = ["student-t", "bootstrap"];

    /// <summary>The names <c>ab_executor</c> accepts, in the order of <see cref="Regression.AbExecutor"/>.</summary>
    public static readonly string[] ExecutorNames = ["interleaved", "processes"];

    private static SuiteNormalization Normalization(JObject root, SuiteNormalization fallback, string source) =>
        Named(root, "suite_normalization", NormalizationNames, fallback, source);

    // An enum spelled as one of its kebab-case names; the names are in the enum's order.
    private static T Named<T>(JObject root, string key, string[] names, T fallback, string source)
        where T : struct, Enum
    {
        var token = root[key];
        if (token is null)
        {
            return fallback;
        }

        var index = token.Type == JTokenType.String ? Array.IndexOf(names, (string?)token) : -1;
        return index >= 0
            ? (T)Enum.ToObject(typeof(T), index)
            : throw new GateInputException(source, $"gate config: '{key}' must be one of {string.Join(", ", names)}, got {token.ToString(Formatting.None)}");
    }

    /// <summary>A section's object with its keys checked (<c>$comment_*</c> keys allowed); null when the section is absent.</summary>
    private static JObject? Section(JToken? token, string name, string[] keys, string source)
    {
        if (token is null)
        {
            return null;
        }

        if (token is not JObject o)
        {
            throw new GateInputException(source, $"'{name}' must be an object");
        }

        foreach (var p in o.Properties().Where(p => !keys.Contains(p.Name, StringComparer.Ordinal) && !p.Name.StartsWith("$comment_", StringComparison.Ordinal)))
        {
            throw new GateInputException(source, $"{name}: unknown key '{p.Name}'; valid keys: {string.Join(", ", keys)}");
        }

        return o;
    }

    private static (InterferenceThresholds Thresholds, int RemeasureLaunches, int RemeasureRounds, int QuietWaitSeconds) Interference(JToken? token, GateConfig defaults, string source)
    {
        if (Section(token, "interference", InterferenceKeys, source) is not { } o)
        {
            return (defaults.Interference, defaults.RemeasureLaunches, defaults.RemeasureRounds, defaults.QuietWaitSeconds);
        }

        const string At = "interference";
        var d = defaults.Interference;
        var thresholds = new InterferenceThresholds(
            OptNum(o, "foreign_cores", 0, 1024, At, source) ?? d.ForeignCores,
            OptNum(o, "steal_share", 0, 1, At, source) ?? d.StealShare,
            OptNum(o, "launch_spread", 0, 10, At, source) ?? d.LaunchSpread,
            OptNum(o, "launch_spread_vs_suite", 0, 100, At, source) ?? d.LaunchSpreadVsSuite,
            OptNum(o, "calibration_shift", 0, 10, At, source) ?? d.CalibrationShift,
            OptNum(o, "beyond_interference", 1, 1000, At, source) ?? d.BeyondInterference,
            OptNum(o, "run_queue_share", 0, 1, At, source) ?? d.RunQueueShare,
            OptNum(o, "memory_probe_shift", 0, 10, At, source) ?? d.MemoryProbeShift);
        return (thresholds, Whole(o, "remeasure_launches", 0, 20, defaults.RemeasureLaunches, At, source), Whole(o, "remeasure_rounds", 1, 5, defaults.RemeasureRounds, At, source),
            Whole(o, "quiet_wait_seconds", 0, 600, defaults.QuietWaitSeconds, At, source));
    }

    // A count given as 5.5 is a mistake in the file, not a request for 5: say so rather than truncate it.
    private static int Whole(JObject o, string key, double min, double max, int fallback, string at, string source)
    {
        return OptNum(o, key, min, max, at, source) is { } r
            ? r == Math.Floor(r) ? (int)r : throw new GateInputException(source, $"{at}: '{key}' must be a whole number, got {r.ToString(CultureInfo.InvariantCulture)}")
            : fallback;
    }

    private static (double ManagedSlopeLimitMb, double Alpha) LeakCheck(JToken? token, GateConfig defaults, string source)
    {
        if (Section(token, "leak_check", LeakCheckKeys, source) is not { } o)
        {
            return (defaults.LeakManagedSlopeLimitMb, defaults.LeakAlpha);
        }

        // A zero limit would call the GC's own noise a leak; above 1 GB per cycle no leak could ever be seen.
        const string At = "leak_check";
        return (
            OptNum(o, "managed_slope_limit_mb", 0.01, 1024, At, source) ?? defaults.LeakManagedSlopeLimitMb,
            OptNum(o, "alpha", 0.0001, 0.5, At, source) ?? defaults.LeakAlpha);
    }

    private static List<ThresholdOverride> Overrides(JToken? token, string source)
    {
        if (token is null)
        {
            return [];
        }

        if (token is not JArray array)
        {
            throw new GateInputException(source, "'overrides' must be an array");
        }

        return array.Select((t, i) =>
        {
            var at = $"overrides[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (t is not JObject o)
            {
                throw new GateInputException(source, $"{at} must be an object");
            }

            foreach (var p in o.Properties().Where(p => !OverrideKeys.Contains(p.Name, StringComparer.Ordinal)))
            {
                throw new GateInputException(source, $"{at}: unknown key '{p.Name}'; valid keys: {string.Join(", ", OverrideKeys)}");
            }

            var match = o["match"]?.Type == JTokenType.String ? (string?)o["match"] : null;
            var category = o["category"]?.Type == JTokenType.String ? (string?)o["category"] : null;
            if (match is null && category is null)
            {
                throw new GateInputException(source, $"{at} needs 'match' (a full-name glob) or 'category'");
            }

            return new ThresholdOverride
            {
                Match = match, Category = category,
                FailThreshold = OptNum(o, "fail_threshold", 0, 100, at, source),
                WarnThreshold = OptNum(o, "warn_threshold", 0, 100, at, source),
                NoiseFloorNs = OptNum(o, "noise_floor_ns", 0, double.MaxValue, at, source),
                AllocationToleranceBytes = OptNum(o, "allocation_tolerance_bytes", 0, double.MaxValue, at, source),
            };
        }).ToList();
    }

    private static bool Flag(JObject o, string name, bool fallback, string source) => o[name] switch
    {
        null => fallback,
        { Type: JTokenType.Boolean } token => (bool)token,
        var token => throw new GateInputException(source, $"gate config: '{name}' must be true or false, got {token.ToString(Formatting.None)}"),
    };

    private static double Num(JObject o, string name, double fallback, double min, double max, string source) =>
        OptNum(o, name, min, max, "gate config", source) ?? fallback;

    private static int Count(JObject o, string name, int fallback, double min, double max, string source) =>
        Whole(o, name, min, max, fallback, "gate config", source);

    private static double? OptNum(JObject o, string name, double min, double max, string at, string source)
    {
        var token = o[name];
        if (token is null)
        {
            return null;
        }

        if (token.Type is not (JTokenType.Float or JTokenType.Integer) || (double)token < min || (double)token > max)
        {
            throw new GateInputException(source, $"{at}: '{name}' must be a number between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString("G6", CultureInfo.InvariantCulture)}, got {token.ToString(Formatting.None)}");
        }

        return (double)token;
    }
}
