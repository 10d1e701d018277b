using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// Builds the report from a run's inputs: statistics, SLA verdicts (a time breach of a case the re-measurement left
/// INCONCLUSIVE is INCONCLUSIVE, never a pass), normalization, scaling, memory, the machine note, exit code. Pure.
/// </summary>
internal static class ReportBuilder
{
    /// <summary>Suite name written into every report.</summary>
    public const string SuiteName = "flyrigloader-performance-benchmarks";

    /// <summary>Version of the report producer.</summary>
    public const string ProducerVersion = "1.0.0";

    /// <summary>Builds the report.</summary>
    public static BenchmarkReport Build(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var env = inputs.Environment;
        var seed = SeedNormalizationFactors.Compute(env.Cpu.LogicalCores, env.Virtualization.IsVirtualized, env.Os.Family, env.StorageType);
        var speed = inputs.Calibration?.SpeedFactor;
        var cases = inputs.Results.Select(r => (Result: r, Summary: r.Success ? SampleStatistics.Summarize(r.SamplesNs, inputs.Intervals) : null)).ToList();
        var remeasured = (inputs.Remeasured ?? []).ToDictionary(r => r.FullName, StringComparer.Ordinal);
        var verdicts = SlaEvaluator.Evaluate(inputs.Registry, cases.Select(c => (c.Result, c.Summary)).ToList(), speed)
            .Select(v => Interfered(v, remeasured.GetValueOrDefault(v.FullName), inputs.Interference ?? new InterferenceThresholds())).ToList();
        var fits = ScalingAnalysis.Analyze(inputs.Results);

        var byCategory = new SortedDictionary<string, IReadOnlyDictionary<string, BenchmarkEntry>>(StringComparer.Ordinal);
        foreach (var group in cases.GroupBy(c => c.Result.Category, StringComparer.Ordinal))
        {
            var entries = new SortedDictionary<string, BenchmarkEntry>(StringComparer.Ordinal);
            foreach (var (r, s) in group)
            {
                var fit = fits.FirstOrDefault(f => ScalingAnalysis.SizeParameters.Any(p => r.ParameterValues.ContainsKey(p) && ScalingAnalysis.FamilyKey(r, p) == f.Family && f.Parameter == p));
                Normalization? norm = s is null ? null : new Normalization(s.Mean, s.Mean * (speed ?? 1.0), speed ?? 1.0, seed.Overall, s.Mean / seed.Overall);
                IReadOnlyList<double> launchMedians = r.LaunchMediansNs ?? (r.Success ? [RobustStatistics.Median(r.SamplesNs)] : []);
                entries[r.FullName] = new BenchmarkEntry(r.FullName, r.Type, r.Method, r.Parameters, r.Category, r.Success, r.Error, "ns",
                    r.SamplesNs, r.AllocatedBytesPerOp, s, verdicts.Where(v => v.FullName == r.FullName).ToList(), norm, fit,
                    launchMedians, LaunchSpread.BetweenLaunchSd(launchMedians),
                    remeasured.GetValueOrDefault(r.FullName) is { Outcome: RemeasureRecord.JudgedOnRemeasure } judged ? judged.JudgedOn : null, r.ProcessMemory,
                    r.LaunchThreadTimes);
            }

            byCategory[group.Key] = entries;
        }

        var memory = MemoryAnalysis.Of(byCategory.Values.SelectMany(c => c.Values), Leak(inputs));
        var failed = inputs.Results.Count(r => !r.Success);
        var slaFailed = verdicts.Count(v => v.Status == SlaStatus.Fail);
        var slaNoData = verdicts.Count(v => v.Status == SlaStatus.NoData);
        var slaInconclusive = verdicts.Count(v => v.Status == SlaStatus.Inconclusive);
        var leakFailed = inputs.LeakCheckFailure is not null ? 1 : 0;
        var exit = ExitCodes.For(inputs.Complete, inputs.InfrastructureOk && leakFailed == 0, failed, slaFailed + (inputs.LeakCheck?.LeakDetected == true ? 1 : 0), slaNoData, inputs.RegressionExitCode,
            slaInconclusive, inputs.AcceptNoVerdict);
        var summary = new ReportSummary(inputs.Results.Count, inputs.Results.Count - failed, failed, verdicts.Count, verdicts.Count(v => v.Status == SlaStatus.Pass), slaFailed, slaNoData, exit, slaInconclusive);

        var suite = new SuiteInfo(SuiteName, ProducerVersion, inputs.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Math.Round(inputs.Duration.TotalSeconds, 3), inputs.Profile, inputs.Categories, inputs.Filter, inputs.Shard, env.Git.Sha, env.Git.Branch, env.Git.Dirty, inputs.MemoryProfiling,
            inputs.LaunchRuns ?? [], MachineNote.Describe(inputs.LaunchRuns ?? [], env.Cpu.LogicalCores, inputs.Interference ?? new InterferenceThresholds(), SuiteSpread(byCategory.Values)));
        var canonical = EnvironmentFingerprint.Canonical(env.Cpu, env.Dotnet.Runtime, env.BenchmarkDotNetVersion, env.Os);
        var environment = new ReportEnvironment(env.Fingerprint, canonical, env, inputs.Calibration, seed, inputs.BdnHost, inputs.CalibrationAfter);
        var job = JobIdentity.Of(inputs.Profile, inputs.Results.Select(r => r.Job), inputs.Launches, inputs.Runtime);
        return new BenchmarkReport(BenchmarkReport.CurrentSchemaVersion, inputs.RunId, inputs.Complete, inputs.IncompleteReason, suite, environment, byCategory, memory, inputs.Regression, summary, job,
            inputs.Remeasured ?? []);
    }

    // The number the gate reads (MeasuredRun.LaunchSpread of the report read back), over the same cases: the successful
    // ones measured in the run's own launches (Reports may not depend on Regression, where that reader lives).
    private static double? SuiteSpread(IEnumerable<IReadOnlyDictionary<string, BenchmarkEntry>> categories) =>
        InterferenceRule.SuiteSpread(categories.SelectMany(c => c.Values)
            .Where(e => e.Success && e.ExecutionTimes.Count > 0 && e.LaunchIndices is null)
            .Select(e => e.LaunchMediansNs).OfType<IReadOnlyList<double>>());

    // Only a time breach can be interference: bytes per operation do not depend on a neighbour; and a breach far past its
    // limit is not a neighbour's doing whatever the witnesses say.
    private static SlaVerdict Interfered(SlaVerdict verdict, RemeasureRecord? record, InterferenceThresholds thresholds) =>
        record is { Outcome: RemeasureRecord.Inconclusive } && verdict is { Status: SlaStatus.Fail, Metric: SlaUnits.Time }
            && !InterferenceRule.BeyondInterference(verdict.Observed, verdict.Limit, thresholds)
            ? verdict with { Status = SlaStatus.Inconclusive, Detail = verdict.Detail + "; INCONCLUSIVE: " + record.Reason }
            : verdict;

    private static LeakDetection Leak(ReportInputs inputs)
    {
        if (inputs.LeakCheckFailure is { } failure)
        {
            return LeakDetection.NotRun with { Status = "FAILED", Rule = failure, Source = inputs.LeakCheckSource };
        }

        if (inputs.LeakCheck is not { } l)
        {
            return LeakDetection.NotRun;
        }

        var growth = l.ManagedHeapMb.Count > 0 ? l.ManagedHeapMb.Max() - l.ManagedHeapMb[0] : (double?)null;
        return new LeakDetection(l.LeakDetected ? "LEAK_DETECTED" : "NO_LEAKS_DETECTED", "iterative_cycles", l.Cycles, l.DatasetMb,
            l.ManagedSlopeMbPerCycle, l.ManagedPValue, l.WorkingSetSlopeMbPerCycle, growth, l.Rule, inputs.LeakCheckSource);
    }
}
