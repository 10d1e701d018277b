using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Core.History;
using FlyRigLoader.Gate.History;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Regression;

/// <summary>The history check as Markdown (the summary's History section) and as the JSON's typed details (pure).</summary>
internal static class HistoryReport
{
    /// <summary>The rule in words, written into the JSON.</summary>
    public const string Rule =
        "CREEP = current median / anchor median >= 1 + fail_threshold AND the lower end of its 95% interval > 1 (interval: both runs' within-run noise plus twice "
        + "the history's between-run noise, the robust spread of successive log-median differences, at least 1%); reaching the threshold with an interval that "
        + "includes 1 = CREEP_SUSPECTED; warns unless --fail-on-creep. Change points: E-divisive means on log medians, permutation test (199 permutations, alpha 0.01), "
        + "at least 5 runs per segment";

    /// <summary>The verdict's name as printed and written.</summary>
    public static string Name(CreepStatus status) => status switch
    {
        CreepStatus.Creep => "CREEP",
        CreepStatus.CreepSuspected => "CREEP_SUSPECTED",
        _ => "NO_CREEP",
    };

    /// <summary>The anchor as people name it: its label, else its commit, else its run id.</summary>
    public static string AnchorName(HistoryAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var sha = anchor.Sha is { Length: > 0 } s ? s[..Math.Min(12, s.Length)] : null;
        return anchor.Label is { } label ? $"'{label}' ({sha ?? anchor.RunId})" : sha ?? anchor.RunId;
    }

    /// <summary>The Markdown History section: anchor, creep rows (CREEP and CREEP_SUSPECTED), change points.</summary>
    public static string Section(HistoryAnalysis history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var md = new StringBuilder();
        md.AppendLine("### History");
        md.AppendLine();
        if (history.Anchor is not { } anchor)
        {
            md.AppendLine("- Not used: " + history.Note);
            return md.ToString();
        }

        md.AppendLine("- " + history.Note);
        md.AppendLine(Inv($"- Anchor ({anchor.ChosenBy}): {AnchorName(anchor)}, run {anchor.RunId} of {anchor.Date:yyyy-MM-dd}{(anchor.Pinned ? ", pinned" : string.Empty)}"));
        var counts = Enum.GetValues<CreepStatus>().Select(s => Inv($"{history.Benchmarks.Count(b => b.Creep?.Status == s)} {Name(s)}"));
        md.AppendLine(Inv($"- Creep against the anchor (threshold +{history.Threshold * 100:0.#}%): {string.Join(", ", counts)}; CREEP {(history.FailOnCreep ? "fails the gate (--fail-on-creep)" : "warns, the exit code is unaffected (--fail-on-creep makes it exit 1)")}"));
        var rows = history.Benchmarks.Where(b => b.Creep?.Status is CreepStatus.Creep or CreepStatus.CreepSuspected)
            .OrderByDescending(b => b.Creep!.Status).ThenByDescending(b => b.Creep!.Ratio).ToList();
        if (rows.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Creep | Benchmark | Ratio vs anchor (95% CI) | Anchor | Current |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var b in rows)
            {
                md.AppendLine(Inv($"| {Name(b.Creep!.Status)} | `{b.FullName}` | {b.Creep.Ratio:0.000} ({b.Creep.Lower:0.000}–{b.Creep.Upper:0.000}) | {Time(b.AnchorMedianNs)} | {Time(b.CurrentMedianNs)} |"));
            }
        }

        var steps = history.Benchmarks.SelectMany(b => b.Steps.Select(s => (b.FullName, Runs: b.Runs, Step: s))).ToList();
        md.AppendLine();
        if (steps.Count == 0)
        {
            md.AppendLine("No change point in any benchmark's history (E-divisive, at least 5 runs a segment).");
            return md.ToString();
        }

        md.AppendLine("| Change point | Benchmark | Between commits | Step | p |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var (name, runs, step) in steps.OrderBy(s => s.Step.AfterDate).ThenBy(s => s.FullName, StringComparer.Ordinal))
        {
            md.AppendLine(Inv($"| run {step.Index + 1} of {runs} | `{name}` | `{Short(step.BeforeSha, step.BeforeRunId)}` → `{Short(step.AfterSha, step.AfterRunId)}` ({step.AfterDate:yyyy-MM-dd}) | ×{step.Ratio:0.000} ({Time(step.MedianBeforeNs)} → {Time(step.MedianAfterNs)}) | {step.PValue:0.###} |"));
        }

        return md.ToString();
    }

    /// <summary>The typed JSON of the history check.</summary>
    public static HistoryDetails Details(HistoryAnalysis history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new HistoryDetails
        {
            Path = history.Path,
            Used = history.Used,
            Note = history.Note,
            Rule = Rule,
            Threshold = history.Threshold,
            FailOnCreep = history.FailOnCreep,
            Runs = history.Runs,
            Anchor = history.Anchor is { } a ? new HistoryAnchorDetails
            {
                RunId = a.RunId, Sha = a.Sha, Label = a.Label, Date = Iso(a.Date), Pinned = a.Pinned, ChosenBy = a.ChosenBy,
            } : null,
            Benchmarks = [.. history.Benchmarks.Select(b => new HistoryBenchmarkDetails
            {
                FullName = b.FullName, Runs = b.Runs, Creep = b.Creep is { } c ? Name(c.Status) : null, Ratio = b.Creep?.Ratio,
                RatioCi = b.Creep is { } ci ? [ci.Lower, ci.Upper] : null, RunNoise = b.Creep?.RunNoise,
                AnchorMedianNs = b.AnchorMedianNs, CurrentMedianNs = b.CurrentMedianNs,
                ChangePoints = [.. b.Steps.Select(s => new ChangePointDetails
                {
                    Index = s.Index, BeforeRunId = s.BeforeRunId, BeforeSha = s.BeforeSha, AfterRunId = s.AfterRunId, AfterSha = s.AfterSha,
                    AfterDate = Iso(s.AfterDate), Ratio = s.Ratio, MedianBeforeNs = s.MedianBeforeNs, MedianAfterNs = s.MedianAfterNs, PValue = s.PValue,
                })],
            })],
        };
    }

    private static string Iso(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Short(string? sha, string runId) => sha is { Length: > 0 } s ? s[..Math.Min(12, s.Length)] : runId;

    private static string Time(double? ns) => ns switch
    {
        null => "-",
        >= 1e9 => Inv($"{ns / 1e9:0.000} s"),
        >= 1e6 => Inv($"{ns / 1e6:0.000} ms"),
        >= 1e3 => Inv($"{ns / 1e3:0.000} us"),
        _ => Inv($"{ns:0.00} ns"),
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
