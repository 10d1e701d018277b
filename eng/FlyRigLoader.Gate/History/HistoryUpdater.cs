using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.History;

/// <summary>
/// Appends accepted runs to a history (pure; the caller writes the file). The run has already passed the baseline's
/// refusal rules (<see cref="BaselineUpdater"/>); here a run is refused only when it belongs to another fingerprint or
/// job than the history's, or is already in it. Beyond <see cref="HistoryFile.KeepRuns"/> the oldest unpinned runs go.
/// </summary>
internal static class HistoryUpdater
{
    /// <summary>A history started from a baseline's runs, so the first history already reaches back K runs.</summary>
    public static HistoryFile? Seed(BaselineFile? baseline, int keepRuns = HistoryFile.DefaultKeepRuns)
    {
        if (baseline is not { Runs.Count: > 0, Job: { } job })
        {
            return null;
        }

        var runs = baseline.Runs.Select(r => new HistoryEntry(r.Provenance.RunId, r.Provenance.GitSha, r.Provenance.Date, false, null, [.. r.Benchmarks.Select(HistoryBenchmark.Of)])).ToList();
        return new HistoryFile(baseline.Fingerprint, baseline.FingerprintCanonical, baseline.EnvironmentName, job, keepRuns, runs);
    }

    /// <summary>
    /// Appends <paramref name="run"/> (an accepted baseline run) to <paramref name="existing"/>, or starts a history;
    /// <paramref name="pin"/> makes it an anchor, <paramref name="label"/> names that anchor.
    /// </summary>
    public static HistoryUpdate Append(HistoryFile? existing, MeasuredRun run, bool pin, string? label)
    {
        ArgumentNullException.ThrowIfNull(run);
        var refusals = new List<string>();
        if (run.Fingerprint is null || run.Job is null)
        {
            refusals.Add("the run has no environment fingerprint or records no job");
        }
        else if (existing is not null && Comparability.Decide(existing.Identity, new RunIdentity(run.Fingerprint, run.FingerprintCanonical, run.Job)) is { Comparable: false } verdict)
        {
            refusals.Add($"the run cannot join this history ({verdict.Reason}); each fingerprint and job keeps its own history");
        }

        if (label is not null && existing?.Runs.FirstOrDefault(r => r.Anchor && string.Equals(r.Label, label, StringComparison.OrdinalIgnoreCase)) is { } taken && taken.RunId != run.Provenance.RunId)
        {
            refusals.Add($"the anchor label '{label}' already names run {taken.RunId} ({taken.ShortSha()})");
        }

        if (refusals.Count > 0)
        {
            return new HistoryUpdate(null, refusals, []);
        }

        var anchorLabel = pin ? label : null;
        var entry = new HistoryEntry(run.Provenance.RunId, run.Provenance.GitSha, run.Provenance.Date, pin, anchorLabel, [.. run.Benchmarks.Select(HistoryBenchmark.Of)]);
        var summary = new List<string>();
        var runs = (existing?.Runs ?? []).ToList();
        var index = runs.FindIndex(r => r.RunId == entry.RunId);
        if (index >= 0)
        {
            // Already kept (seeded from the baseline, or pinned after the fact): only the pin can change.
            runs[index] = runs[index] with { Anchor = runs[index].Anchor || pin, Label = anchorLabel ?? runs[index].Label };
            summary.Add($"run {entry.RunId} is already in the history");
        }
        else
        {
            runs.Add(entry);
            summary.Add(Inv($"appended run {entry.RunId} ({entry.ShortSha()}, {entry.Benchmarks.Count} benchmarks)"));
        }

        if (pin)
        {
            summary.Add($"pinned run {entry.RunId} ({entry.ShortSha()}) as the anchor{(anchorLabel is null ? string.Empty : $" '{anchorLabel}'")}");
        }

        var keep = existing?.KeepRuns ?? HistoryFile.DefaultKeepRuns;
        var bounded = Bound(runs, keep, summary);
        var file = new HistoryFile(run.Fingerprint!, run.FingerprintCanonical ?? existing?.FingerprintCanonical, run.EnvironmentName ?? existing?.EnvironmentName ?? "unknown", run.Job!, keep, bounded);
        return new HistoryUpdate(file, [], summary);
    }

    /// <summary>
    /// The newest <paramref name="keep"/> runs plus every pinned anchor; past <see cref="HistoryFile.MaxAnchors"/> pins the
    /// oldest pin is released first (and then goes like any other old run).
    /// </summary>
    internal static List<HistoryEntry> Bound(List<HistoryEntry> runs, int keep, List<string> summary)
    {
        var pinned = runs.Where(r => r.Anchor).ToList();
        var released = pinned.Take(Math.Max(0, pinned.Count - HistoryFile.MaxAnchors)).Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
        var list = runs.Select(r => released.Contains(r.RunId) ? r with { Anchor = false, Label = null } : r).ToList();
        summary.AddRange(released.Select(id => Inv($"released the oldest anchor {id} (more than {HistoryFile.MaxAnchors} pinned)")));
        var excess = list.Count - keep;
        var dropped = new HashSet<int>();
        for (var i = 0; i < list.Count && dropped.Count < excess; i++)
        {
            if (!list[i].Anchor && i < list.Count - 1)
            {
                dropped.Add(i);
            }
        }

        summary.AddRange(dropped.Order().Select(i => Inv($"dropped oldest history run {list[i].RunId} ({list[i].Date:yyyy-MM-dd})")));
        return [.. list.Where((_, i) => !dropped.Contains(i))];
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
