using System.Globalization;
using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>Appends an accepted run to a baseline and drops the oldest beyond K (pure; the caller writes the file).</summary>
internal static class BaselineUpdater
{
    /// <summary>
    /// Appends <paramref name="run"/> to <paramref name="existing"/> (or starts a baseline). A run that failed, is
    /// incomplete, or comes from a dirty tree (unless allowed) is refused: a baseline must only hold runs we trust. So is
    /// a run of another fingerprint or another job than the file's, or one that records no job: a file holds one job,
    /// because times and bytes/op of different jobs do not compare. And so is an unsettled run, whose launches disagree
    /// by more than <paramref name="maxLaunchSpread"/> (median over cases of the sd of log launch medians; 0 accepts any):
    /// on this host such a run sat in bursts, and a baseline of them judges with bands wider than the slowdowns it must
    /// catch (see <c>baseline_max_launch_spread</c> in gate-config.json).
    /// </summary>
    public static BaselineUpdate Append(BaselineFile? existing, MeasuredRun run, int keepRuns, bool allowDirty, double maxLaunchSpread = 0)
    {
        ArgumentNullException.ThrowIfNull(run);
        var refusals = new List<string>();
        var spread = run.LaunchSpread;
        var unsettled = InterferenceRule.IsUnsettled(spread, maxLaunchSpread);
        if (unsettled)
        {
            refusals.Add(string.Create(CultureInfo.InvariantCulture,
                $"the run is unsettled: its launches disagree by a median sd of log {spread:0.000} over its cases, above baseline_max_launch_spread {maxLaunchSpread:0.00###} (the host ran in bursts during it); measure again when the host is quiet, or accept it with --allow-unsettled"));
        }

        if (run.Failed.Count > 0)
        {
            refusals.Add($"the run has {run.Failed.Count.ToString(CultureInfo.InvariantCulture)} failed benchmark(s): {string.Join(", ", run.Failed.Take(5))}");
        }

        if (!run.Complete)
        {
            refusals.Add("the run is incomplete (timeout or crash)");
        }

        if (run.DirtyTree && !allowDirty)
        {
            refusals.Add("the run comes from a work tree with uncommitted changes (use --allow-dirty to accept it)");
        }

        if (run.Benchmarks.Count == 0)
        {
            refusals.Add("the run holds no successful benchmark");
        }

        if (run.Fingerprint is null)
        {
            refusals.Add("the run has no environment fingerprint");
        }

        if (existing is not null && run.Fingerprint is not null && existing.Fingerprint != run.Fingerprint)
        {
            refusals.Add($"the run's fingerprint {run.Fingerprint} differs from the baseline's {existing.Fingerprint}");
        }

        if (run.Job is null)
        {
            refusals.Add("the run records no job (profile, BenchmarkDotNet job, launches, runtime settings)");
        }
        else if (existing is { Runs.Count: > 0 } && existing.Job is null)
        {
            refusals.Add("the baseline predates job recording (schema 1); this run's job starts a file of its own (leave out --baseline or name a new file)");
        }
        else if (existing?.Job is { } job && !job.Equals(run.Job))
        {
            var why = Comparability.Decide(new RunIdentity("-", null, job), new RunIdentity("-", null, run.Job)).Reason;
            refusals.Add($"the run's job {run.Job.Key} is not the baseline's {job.Key} ({why}); each job keeps its own file");
        }

        if (existing is not null && existing.Runs.Any(r => r.Provenance.RunId == run.Provenance.RunId))
        {
            refusals.Add($"run {run.Provenance.RunId} is already in the baseline");
        }

        if (refusals.Count > 0)
        {
            return new BaselineUpdate(null, refusals, []) { Unsettled = unsettled };
        }

        var keep = Math.Max(1, keepRuns);
        var runs = (existing?.Runs ?? []).Append(new BaselineRun(run.Provenance, run.CalibrationNs, run.Benchmarks, run.Job)).ToList();
        var dropped = runs.Count > keep ? runs.Take(runs.Count - keep).ToList() : [];
        var kept = runs.Skip(dropped.Count).ToList();
        var updated = new BaselineFile(run.Fingerprint!, run.EnvironmentName ?? existing?.EnvironmentName ?? "unknown", keep, kept, run.FingerprintCanonical ?? existing?.FingerprintCanonical);
        return new BaselineUpdate(updated, [], Summarize(existing, run, dropped, spread));
    }

    private static List<string> Summarize(BaselineFile? existing, MeasuredRun run, List<BaselineRun> dropped, double? spread)
    {
        var lines = new List<string>();
        var previous = existing is { Runs.Count: > 0 } ? existing.Runs[^1] : null;
        lines.Add(previous is null
            ? $"new baseline started with run {run.Provenance.RunId} ({run.Benchmarks.Count.ToString(CultureInfo.InvariantCulture)} benchmarks)"
            : $"appended run {run.Provenance.RunId} ({run.Benchmarks.Count.ToString(CultureInfo.InvariantCulture)} benchmarks) after {previous.Provenance.RunId}");
        lines.Add(spread is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"its launches agree by a median sd of log {s:0.000} over its cases")
            : "its launches' agreement is unknown (one launch per case)");
        foreach (var d in dropped)
        {
            lines.Add($"dropped oldest run {d.Provenance.RunId} ({d.Provenance.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        }

        if (previous is null)
        {
            return lines;
        }

        var before = previous.Benchmarks.ToDictionary(b => b.FullName, StringComparer.Ordinal);
        var now = run.Benchmarks.ToDictionary(b => b.FullName, StringComparer.Ordinal);
        lines.AddRange(now.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => "added " + k));
        lines.AddRange(before.Keys.Where(k => !now.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => "no longer measured " + k));
        foreach (var (name, b) in now.Where(kv => before.ContainsKey(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var ratio = RobustStatistics.Median(b.SamplesNs) / RobustStatistics.Median(before[name].SamplesNs);
            var allocation = b.AllocatedBytesPerOp is { } a && before[name].AllocatedBytesPerOp is { } p && Math.Abs(a - p) >= 1
                ? $", allocated {p.ToString("0", CultureInfo.InvariantCulture)} → {a.ToString("0", CultureInfo.InvariantCulture)} B/op" : string.Empty;
            if (Math.Abs(ratio - 1) >= 0.05 || allocation.Length > 0)
            {
                lines.Add($"{name}: median ×{ratio.ToString("0.000", CultureInfo.InvariantCulture)} vs previous run{allocation}");
            }
        }

        return lines;
    }
}
