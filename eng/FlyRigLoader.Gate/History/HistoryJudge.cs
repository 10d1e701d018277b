using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.History;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Core.Statistics.ChangePoints;

namespace FlyRigLoader.Gate.History;

/// <summary>
/// Judges a run against its history (pure): CREEP against the anchor (<see cref="CreepRule"/>) and the steps of each
/// benchmark's series of run medians (<see cref="EDivisive"/>, the current run last), each benchmark divided by the
/// level of the rest of its run's suite (<see cref="SuiteLevel"/>) so that a host that changed between runs is not read
/// as a step in every benchmark; the suite's own level is judged apart (<see cref="SuiteTrend"/>). Only a history of
/// the run's own fingerprint and job counts; any other is reported as not used, with the reason.
/// </summary>
internal static class HistoryJudge
{
    /// <summary>Between-run noise never assumed below 1 % of the median: two runs a day apart differ by at least that here.</summary>
    public const double RunNoiseFloor = 0.01;

    /// <summary>Judges <paramref name="current"/>.</summary>
    /// <param name="history">The history, or null when there is none.</param>
    /// <param name="path">Where it came from (named in notes and errors), or null when derived from the baseline.</param>
    /// <param name="current">The run judged.</param>
    /// <param name="anchor">The <c>--anchor</c> value (a label or a commit prefix), or null for the default.</param>
    /// <param name="threshold">Relative slowdown that counts (the gate's fail threshold).</param>
    /// <param name="failOnCreep">CREEP fails the gate.</param>
    /// <param name="options">Change-point settings.</param>
    /// <exception cref="GateInputException"><paramref name="anchor"/> names no run, or several commits.</exception>
    public static HistoryAnalysis Judge(HistoryFile? history, string? path, MeasuredRun current, string? anchor, double threshold, bool failOnCreep, EDivisiveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        options ??= EDivisiveOptions.Default;
        if (history is null)
        {
            return anchor is null
                ? HistoryAnalysis.NotUsed(null, "no history of this fingerprint and job yet (UpdateBaseline starts one)", threshold, failOnCreep)
                : throw new GateInputException(path ?? "baselines/history", $"--anchor={anchor}: there is no history of fingerprint {current.Fingerprint ?? "unknown"} and job {current.Job?.Key ?? RunIdentity.NotRecorded} to find it in");
        }

        var source = path ?? "the baseline's runs (no history file yet)";
        var reason = current.Fingerprint is null ? "the run has no environment fingerprint"
            : Comparability.Decide(history.Identity, new RunIdentity(current.Fingerprint, current.FingerprintCanonical, current.Job)).Reason;
        if (reason is not null)
        {
            return anchor is null
                ? HistoryAnalysis.NotUsed(path, $"history {source} not used: it cannot judge this run ({reason})", threshold, failOnCreep)
                : throw new GateInputException(source, $"--anchor={anchor}: this history cannot judge the run ({reason})");
        }

        var past = history.Runs.Where(r => r.RunId != current.Provenance.RunId).ToList();
        if (past.Count == 0)
        {
            return anchor is null
                ? HistoryAnalysis.NotUsed(path, $"history {source} holds no run before this one", threshold, failOnCreep)
                : throw new GateInputException(source, $"--anchor={anchor}: the history holds no run before this one");
        }

        var chosen = ChooseAnchor(past, anchor, source);
        var noteRuns = Inv($"history {source}: {past.Count} run(s) of this fingerprint and job, {past[0].Date:yyyy-MM-dd} to {past[^1].Date:yyyy-MM-dd}");
        var now = new HistoryEntry(current.Provenance.RunId, current.Provenance.GitSha, current.Provenance.Date, false, null, [.. current.Benchmarks.Select(HistoryBenchmark.Of)]);
        List<HistoryEntry> runs = [.. past, now];
        var anchorIndex = runs.FindIndex(r => r.RunId == chosen.RunId);
        var level = SuiteLevel.Estimate([.. runs.Select(r => (IReadOnlyDictionary<string, double>)r.Benchmarks.ToDictionary(b => b.FullName, b => b.MedianNs, StringComparer.Ordinal))]);
        var trends = now.Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal)
            .Select(b => Trend(b.FullName, runs, anchorIndex, level?.Excluding(b.FullName), threshold, options)).ToList();
        return level is null
            ? new HistoryAnalysis(path, noteRuns + Inv($"; fewer than {SuiteLevel.MinBenchmarks + 1} benchmarks in a run, so times are judged as measured (not against the rest of the suite)"), chosen, past.Count, threshold, failOnCreep, trends)
            : new HistoryAnalysis(path, noteRuns, chosen, past.Count, threshold, failOnCreep, trends, Suite(runs, anchorIndex, level, threshold, options));
    }

    /// <summary>
    /// <paramref name="anchor"/> as a label (case-insensitive) first, then as a commit prefix (the newest run of that
    /// commit); without it the newest pinned anchor, else the oldest kept run.
    /// </summary>
    internal static HistoryAnchor ChooseAnchor(IReadOnlyList<HistoryEntry> runs, string? anchor, string source)
    {
        if (anchor is null)
        {
            return runs.LastOrDefault(r => r.Anchor) is { } pinned
                ? Anchor(pinned, HistoryAnchor.ByPin)
                : Anchor(runs[0], HistoryAnchor.ByAge);
        }

        if (runs.LastOrDefault(r => r.Label is not null && string.Equals(r.Label, anchor, StringComparison.OrdinalIgnoreCase)) is { } labelled)
        {
            return Anchor(labelled, HistoryAnchor.ByOption);
        }

        var bySha = runs.Where(r => r.Sha is { } sha && anchor.Length >= 4 && sha.StartsWith(anchor, StringComparison.OrdinalIgnoreCase)).ToList();
        var commits = bySha.Select(r => r.Sha!.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (commits.Count > 1)
        {
            throw new GateInputException(source, $"--anchor={anchor} matches {commits.Count.ToString(CultureInfo.InvariantCulture)} commits ({string.Join(", ", commits.Take(5).Select(c => c[..Math.Min(12, c.Length)]))}); give more digits");
        }

        if (bySha.Count == 0)
        {
            var labels = runs.Where(r => r.Label is not null).Select(r => r.Label!).ToList();
            throw new GateInputException(source, $"--anchor={anchor} names no kept run: no label of that name ({(labels.Count == 0 ? "none pinned" : string.Join(", ", labels))}) and no commit starting with it (a prefix needs at least 4 digits; oldest kept {runs[0].ShortSha()}, newest {runs[^1].ShortSha()})");
        }

        return Anchor(bySha[^1], HistoryAnchor.ByOption);
    }

    private static HistoryAnchor Anchor(HistoryEntry run, string how) => new(run.RunId, run.Sha, run.Label, run.Date, run.Anchor, how);

    /// <param name="name">The benchmark.</param>
    /// <param name="runs">The history, the current run last.</param>
    /// <param name="anchorIndex">The anchor's place in <paramref name="runs"/>.</param>
    /// <param name="suite">Per run, the log level of the rest of the suite to divide by, or null to judge as measured.</param>
    /// <param name="threshold">Relative slowdown that counts as creep.</param>
    /// <param name="options">Change-point settings.</param>
    private static BenchmarkTrend Trend(string name, IReadOnlyList<HistoryEntry> runs, int anchorIndex, IReadOnlyList<double>? suite, double threshold, EDivisiveOptions options)
    {
        var series = runs.Select((run, i) => (Index: i, Run: run, Benchmark: run.Find(name))).Where(p => p.Benchmark is not null)
            .Select(p => (p.Index, p.Run, Benchmark: p.Benchmark!)).ToList();
        HistoryPoint Relative((int Index, HistoryEntry Run, HistoryBenchmark Benchmark) s) =>
            s.Benchmark.Point(s.Run) with { MedianNs = s.Benchmark.MedianNs / Math.Exp(suite?[s.Index] ?? 0) };
        var points = series.Select(Relative).ToList();
        var measured = series.Select(s => s.Benchmark.MedianNs).ToList();
        var anchored = series.FindIndex(s => s.Index == anchorIndex);
        var creep = anchored < 0 ? null : Persistent(CreepRule.Judge(points[anchored], points[^1], RunNoise.Estimate(points, RunNoiseFloor), threshold), points, anchored, threshold);
        var changes = EDivisive.Steps([.. points.Select(p => p.MedianNs)], options);
        var bounds = changes.Select(c => c.Index).Prepend(0).Append(series.Count).ToList();
        var steps = changes.Select((c, k) => new TrendStep(
            c.Index, series[c.Index - 1].Run.RunId, series[c.Index - 1].Run.Sha, series[c.Index].Run.RunId, series[c.Index].Run.Sha, series[c.Index].Run.Date,
            RobustStatistics.Median(measured, bounds[k], c.Index), RobustStatistics.Median(measured, c.Index, bounds[k + 2]), c.Ratio, c.PValue)).ToList();
        return new BenchmarkTrend(name, series.Count, anchored < 0 ? null : measured[anchored], measured[^1], creep, steps, [.. series.Select(s => s.Run.RunId)], measured);
    }

    /// <summary>
    /// CREEP stands only when the run before the current one (after the anchor) was past the threshold too; otherwise
    /// CREEP_SUSPECTED. Creep is a level the suite stays at; one slow run is the host's luck as often as the code's: on
    /// this machine a run whose host slowed the small CPU-bound cases ×1.6–1.9 read CREEP on 17 of 56 benchmarks against
    /// the suite, 6 with this rule (a code change that slows a benchmark at once is the per-change gate's REGRESSION, and
    /// a creep crossing the threshold is CREEP one run later).
    /// </summary>
    internal static CreepVerdict Persistent(CreepVerdict creep, IReadOnlyList<HistoryPoint> points, int anchored, double threshold)
    {
        ArgumentNullException.ThrowIfNull(creep);
        ArgumentNullException.ThrowIfNull(points);
        var before = points.Count - 2;
        return creep.Status == CreepStatus.Creep && (before <= anchored || points[before].MedianNs / points[anchored].MedianNs < 1 + threshold)
            ? creep with { Status = CreepStatus.CreepSuspected }
            : creep;
    }

    /// <summary>The suite's own trend: its steps, and its level now against the anchor's, capped at CREEP_SUSPECTED (host or code, the history cannot tell).</summary>
    private static SuiteTrend Suite(List<HistoryEntry> runs, int anchorIndex, SuiteLevel level, double threshold, EDivisiveOptions options)
    {
        var levels = level.Overall.Select(Math.Exp).ToList();
        var points = runs.Select((r, i) => new HistoryPoint(r.Sha ?? r.RunId, r.Date, levels[i], 0, 0)).ToList();
        var creep = CreepRule.Judge(points[anchorIndex], points[^1], RunNoise.Estimate(points, RunNoiseFloor), threshold);
        var steps = EDivisive.Steps(levels, options).Select(c => new SuiteStep(
            c.Index, runs[c.Index - 1].RunId, runs[c.Index - 1].Sha, runs[c.Index].RunId, runs[c.Index].Sha, runs[c.Index].Date, c.Ratio, c.PValue)).ToList();
        return new SuiteTrend(creep.Status == CreepStatus.Creep ? creep with { Status = CreepStatus.CreepSuspected } : creep, steps, [.. runs.Select(r => r.RunId)], levels);
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
