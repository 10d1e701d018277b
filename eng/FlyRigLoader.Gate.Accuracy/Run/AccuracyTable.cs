using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Accuracy.Trials;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Accuracy;

namespace FlyRigLoader.Gate.Accuracy.Run;

/// <summary>What GateAccuracy prints: the plan, one line per trial, the final table and which bars were missed (pure text).</summary>
internal static class AccuracyTable
{
    private static readonly string[] Columns = ["experiment", "measure", "trials", "outcomes", "rate", "bar", "met"];

    /// <summary>The opening lines: what will run and how much of it.</summary>
    public static string Header(AccuracyPlan plan, string runId, string folder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Create(CultureInfo.InvariantCulture, $"""
            GateAccuracy {runId}: experiments {string.Join(", ", plan.Experiments.Select(e => e.Name))}; {plan.Trials} trial(s) each (A/A single runs {2 * plan.Trials}); profile {plan.Options.EffectiveProfile}{(plan.Options.Filter is { } f ? ", filter " + f : "")}
              target benchmark {plan.Target}; scratch baseline of {plan.BaselineRuns} run(s){(plan.NeedsBaseline ? "" : " (not needed)")}
              {plan.SuiteRuns} suite run(s) and {plan.AbRuns} interleaved A/B run(s){(plan.Options.Confirm ? ", plus an A/B run of the doubtful methods of each judged single run (--confirm, as CI's CheckRegression --confirm)" : "")}; trial outputs under {folder}
            """);
    }

    /// <summary>One trial's line: verdicts, outcome, load, time and what is left.</summary>
    public static string ProgressLine(string what, TrialResult result, IReadOnlyDictionary<string, string>? outcomes, TimeSpan elapsed, int done, int planned, double remainingSeconds)
    {
        ArgumentNullException.ThrowIfNull(result);
        static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join(",", names.Select(Short));
        var verdicts = result.Verdicts is { } v
            ? $"R={Names(v.Regression)} S={Names(v.Suspected)} A={Names(v.AllocationRegression)} SLA={Names(v.SlaFail)}{(v.Inconclusive.Count + v.Incomparable.Count > 0 ? " no-verdict=" + Names([.. v.Inconclusive, .. v.Incomparable]) : "")}"
            : result.Error is { } e ? "ERROR " + e : "measured";
        var outcome = (outcomes is { Count: > 0 } o ? " => " + string.Join(", ", o.Select(kv => $"{kv.Key} {kv.Value}")) : "")
            + (result.TargetResolution is { } from ? string.Create(CultureInfo.InvariantCulture, $" (target REGRESSION from +{from * 100:0}%)") : "");
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: exit {(result.ExitCode is { } c ? c.ToString(CultureInfo.InvariantCulture) : "-")} {verdicts}{outcome} | load {Load(result.LoadAverageStart)} -> {Load(result.LoadAverageEnd)} | {result.Seconds:0} s | {done}/{planned} trials, {elapsed.TotalMinutes:0} min elapsed, ~{remainingSeconds / 60:0} min left");
    }

    /// <summary>The final table: one row per measure.</summary>
    public static string Render(GateAccuracyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<string[]> { Columns };
        foreach (var experiment in report.Experiments)
        {
            foreach (var score in experiment.Scores)
            {
                var outcomes = score.Outcomes.Count == 0 ? "-" : string.Join(" ", score.Outcomes.Select(o => $"{o.Key} {o.Value.ToString(CultureInfo.InvariantCulture)}"));
                rows.Add([experiment.Name, score.Measure, score.Trials.ToString(CultureInfo.InvariantCulture), outcomes,
                    score.Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{score.Observed} ({r * 100:0}%)") : score.Observed, score.Bar, score.Met ? "yes" : "NO"]);
            }
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Accuracy of this gate on this machine ({report.RunId}, profile {report.Settings.Profile}, {report.WallSeconds / 60:0} min):"));
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            text.AppendLine("| " + string.Join(" | ", row.Select((cell, c) => cell.PadRight(widths[c]))) + " |");
            if (i == 0)
            {
                text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            }
        }

        foreach (var line in report.ExperimentLines())
        {
            text.AppendLine(line);
        }

        if (report.Spread is { Rows.Count: > 0 } spread)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Spread over {spread.Runs} fresh runs, worst cases (sd of log median, max/min):"));
            foreach (var row in spread.Rows.Take(5))
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {row.SdLogMedian:0.000}  {row.MaxMinRatio:0.00}x  {row.FullName}"));
            }
        }

        foreach (var error in report.Errors)
        {
            text.AppendLine("error: " + error);
        }

        return text.ToString();
    }

    /// <summary>
    /// 2 when anything failed to run (the rates would not mean what they say); else 1 when a bar was missed and
    /// <paramref name="requireBars"/>; else 0. Missed bars are named either way.
    /// </summary>
    public static int ExitCode(GateAccuracyReport report, bool requireBars, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var missed = report.Experiments.SelectMany(e => e.Scores.Where(s => !s.Met).Select(s => $"{e.Name} ({s.Measure}: {s.Observed}, bar {s.Bar})")).ToList();
        output.WriteLine(missed.Count == 0 ? "Every bar was met." : $"Bars missed ({missed.Count.ToString(CultureInfo.InvariantCulture)}): {string.Join("; ", missed)}");
        if (report.Errors.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {report.Errors.Count} infrastructure problem(s) above; exit 2"));
            return ExitCodes.Error;
        }

        return missed.Count > 0 && requireBars ? ExitCodes.GateFailed : ExitCodes.Ok;
    }

    private static string Load(IReadOnlyList<double>? load) => load is { Count: > 0 } l ? l[0].ToString("0.00", CultureInfo.InvariantCulture) : "?";

    // Type.Method(params): enough to tell cases apart in a progress line.
    private static string Short(string fullName)
    {
        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        var bare = paren > 0 ? fullName[..paren] : fullName;
        var dots = bare.Split('.');
        return (dots.Length >= 2 ? dots[^2] + "." + dots[^1] : bare) + (paren > 0 ? fullName[paren..].Replace(" ", "", StringComparison.Ordinal) : "");
    }
}
