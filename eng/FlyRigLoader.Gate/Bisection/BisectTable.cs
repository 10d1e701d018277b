using System.Globalization;
using System.Text;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>The console rendering of a bisection (pure): one line per step while it runs, the whole table at the end.</summary>
internal static class BisectTable
{
    private const int SubjectWidth = 48;

    /// <summary>The step as one progress line.</summary>
    public static string StepLine(BisectStep step, int pathLength)
    {
        ArgumentNullException.ThrowIfNull(step);
        return string.Create(CultureInfo.InvariantCulture,
            $"step {step.Step}: commit {step.Position}/{pathLength} {step.Commit.Short} is {step.Outcome} ({Worst(step.Benchmarks)}; {Seconds(step.WallSeconds)}): {step.Reason}");
    }

    /// <summary>Header, the table of steps, the culprit and its ratio against its parent, and the outcome.</summary>
    public static string Render(BisectResult result, string resultFile)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        Line(string.Create(CultureInfo.InvariantCulture,
            $"Bisect {result.Good.Short} (good) .. {result.Bad.Short} (bad): {result.PathLength} commit(s) on the first-parent path, profile {result.Profile}, fail threshold {result.Threshold * 100:0.#} %"));
        Line($"benchmarks: {string.Join(", ", result.Benchmarks)}");
        Line(string.Create(CultureInfo.InvariantCulture,
            $"each step: {result.Measuring.Executor} A/B against the good commit, {result.Measuring.Launches} launches; a doubtful step is measured again up to {result.Measuring.Remeasures} time(s), {result.Measuring.RemeasureLaunches} launches more each"));
        Line(string.Empty);
        Line("| step | commit | position | subject | outcome | worst case: ratio [CI] verdict | launches | build | wall |");
        Line("|---:|---|---:|---|---|---|---:|---:|---:|");
        foreach (var s in result.Steps)
        {
            var build = s.BuildCached ? "cached" : Seconds(s.BuildSeconds);
            Line(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Step} | {s.Commit.Short} | {s.Position}/{result.PathLength} | {Cell(s.Commit.Subject)} | {s.Outcome} | {Worst(s.Benchmarks)} | {s.Launches} | {build} | {Seconds(s.WallSeconds)} |"));
        }

        Line(string.Empty);
        if (result.Culprit is { } c)
        {
            Line($"culprit: {c.Commit.Sha} \"{c.Commit.Subject}\" ({c.Commit.AuthorDate}), commit {c.Position.ToString(CultureInfo.InvariantCulture)} of {result.PathLength.ToString(CultureInfo.InvariantCulture)}");
            Line(string.Create(CultureInfo.InvariantCulture, $"against its parent {c.Parent.Short} ({c.Launches} launches, {Seconds(c.WallSeconds)}):"));
            foreach (var b in c.Benchmarks)
            {
                Line($"  {b.Name}: {Ratio(b)} {b.Verdict}");
            }

            Line("  " + c.Note);
        }
        else if (result.Candidates.Count > 1)
        {
            Line("the first slow commit is one of:");
            foreach (var candidate in result.Candidates)
            {
                Line($"  {candidate.Sha} \"{candidate.Subject}\" ({candidate.AuthorDate})");
            }
        }

        var measured = result.Steps.Count(s => s.Launches > 0) + (result.Culprit is { Launches: > 0 } ? 1 : 0);
        Line(string.Create(CultureInfo.InvariantCulture,
            $"{result.Outcome} (exit {result.ExitCode}): {result.Message}"));
        Line(string.Create(CultureInfo.InvariantCulture,
            $"{measured} measured step(s) in {Seconds(result.WallSeconds)}; result: {resultFile}"));
        return text.ToString();
    }

    /// <summary>The worst case of a measurement: <c>×1.31 [1.27, 1.35] REGRESSION</c>, or a dash when nothing was measured.</summary>
    public static string Worst(IReadOnlyList<BenchmarkRatio> benchmarks)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return benchmarks.Count == 0 ? "-" : $"{Ratio(benchmarks[0])} {benchmarks[0].Verdict}";
    }

    private static string Ratio(BenchmarkRatio b) =>
        b.Ratio is not { } r ? "no ratio"
        : b.RatioLower is { } lo && b.RatioUpper is { } hi ? string.Create(CultureInfo.InvariantCulture, $"×{r:0.000} [{lo:0.000}, {hi:0.000}]")
        : string.Create(CultureInfo.InvariantCulture, $"×{r:0.000}");

    private static string Seconds(double seconds)
    {
        if (seconds < 120)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s");
        }

        var whole = (int)Math.Round(seconds, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60} min {whole % 60:00} s");
    }

    private static string Cell(string subject)
    {
        var flat = subject.Replace('|', '/');
        return flat.Length <= SubjectWidth ? flat : flat[..(SubjectWidth - 1)] + "…";
    }
}
