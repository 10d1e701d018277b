using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.History;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Statistics.ChangePoints;

namespace FlyRigLoader.Gate.History;

/// <summary>
/// Judges a run against its history (pure): CREEP against the anchor (<see cref="CreepRule"/>) and the steps of each
/// benchmark's series of run medians (<see cref="EDivisive"/>, the current run last). Only a history of the run's own
/// fingerprint and job counts; any other is reported as not used, with the reason.
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
        var anchorEntry = past.Single(r => r.RunId == chosen.RunId);
        var trends = current.Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal)
            .Select(b => Trend(HistoryBenchmark.Of(b), past, anchorEntry, current, threshold, options)).ToList();
        return new HistoryAnalysis(path, noteRuns, chosen, past.Count, threshold, failOnCreep, trends);
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

    private static BenchmarkTrend Trend(HistoryBenchmark now, IReadOnlyList<HistoryEntry> past, HistoryEntry anchor, MeasuredRun current, double threshold, EDivisiveOptions options)
    {
        var series = past.Select(r => (Run: r, Benchmark: r.Find(now.FullName))).Where(p => p.Benchmark is not null)
            .Select(p => (p.Run.RunId, p.Run.Sha, p.Run.Date, Benchmark: p.Benchmark!)).ToList();
        series.Add((current.Provenance.RunId, current.Provenance.GitSha, current.Provenance.Date, now));
        var points = series.Select(s => new HistoryPoint(s.Sha ?? s.RunId, s.Date, s.Benchmark.MedianNs, s.Benchmark.LogSpread, s.Benchmark.N, s.Benchmark.AllocatedBytesPerOp)).ToList();
        CreepVerdict? creep = null;
        double? anchorMedian = null;
        if (anchor.Find(now.FullName) is { } then)
        {
            anchorMedian = then.MedianNs;
            creep = CreepRule.Judge(then.Point(anchor), now.Point(new HistoryEntry(current.Provenance.RunId, current.Provenance.GitSha, current.Provenance.Date, false, null, [])), RunNoise.Estimate(points, RunNoiseFloor), threshold);
        }

        var medians = points.Select(p => p.MedianNs).ToList();
        var steps = EDivisive.Steps(medians, options).Select(c => new TrendStep(
            c.Index, series[c.Index - 1].RunId, series[c.Index - 1].Sha, series[c.Index].RunId, series[c.Index].Sha, series[c.Index].Date, c.MedianBefore, c.MedianAfter, c.PValue)).ToList();
        return new BenchmarkTrend(now.FullName, series.Count, anchorMedian, now.MedianNs, creep, steps, [.. series.Select(s => s.RunId)], [.. series.Select(s => s.Benchmark.MedianNs)]);
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
