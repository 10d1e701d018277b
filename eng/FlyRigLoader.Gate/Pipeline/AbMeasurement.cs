using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Regression.Interleaved;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// Measures two builds of the suite side by side on this machine with the executor <c>ab_executor</c> names (by default
/// both builds in one process, batches alternating; see <see cref="InterleavedExecutor"/>). Shared by
/// <c>CheckRegression --against</c> and <c>Bisect</c>, which judge the rounds with the same rule.
/// </summary>
internal static class AbMeasurement
{
    /// <summary>Measures <paramref name="methods"/> of both builds, <see cref="GateConfig.AbLaunches"/> (or <see cref="GateConfig.AbRounds"/>) rounds.</summary>
    /// <param name="a">The reference build.</param>
    /// <param name="b">The build being judged.</param>
    /// <param name="methods">Methods to measure (<c>Namespace.Type.Method</c>).</param>
    /// <param name="alsoListA">Also measure the methods only <paramref name="a"/> has for the options' filter (reported MISSING).</param>
    /// <param name="options">Profile, filter and categories.</param>
    /// <param name="paths">The work tree: its generated data and executor build serve both sides.</param>
    /// <param name="config">Executor, launches, pairs and batch length.</param>
    /// <param name="outputDirectory">Where the raw results go (<c>interleaved-result-&lt;launch&gt;.json</c>, <c>run-*</c> folders).</param>
    /// <param name="bProvenance">Provenance of <paramref name="b"/> for the rounds: its commit, branch and whether its tree was dirty.</param>
    /// <param name="output">Progress.</param>
    /// <param name="firstRound">Number of the first round written (a re-measure continues after the earlier rounds in the same folder).</param>
    /// <exception cref="Contracts.GateInputException">A run failed or wrote no valid result.</exception>
    public static AbRounds Measure(
        BenchmarkExecutable a, BenchmarkExecutable b, IReadOnlyList<string> methods, bool alsoListA, BuildOptions options, BuildPaths paths, GateConfig config,
        string outputDirectory, (string? Sha, string? Branch, bool DirtyTree) bProvenance, TextWriter output, int firstRound = 0)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(output);
        return config.AbExecutor == AbExecutor.Interleaved
            ? InterleavedRounds(a, b, methods, alsoListA, options, paths, config, outputDirectory, bProvenance, output, firstRound)
            : ProcessRounds(a, b, methods, options, config, outputDirectory, output, firstRound);
    }

    // Both builds in one process, batches alternating (the default executor); each launch of that process is a round.
    private static AbRounds InterleavedRounds(
        BenchmarkExecutable a, BenchmarkExecutable b, IReadOnlyList<string> methods, bool alsoListA, BuildOptions options, BuildPaths paths, GateConfig config,
        string outputDirectory, (string? Sha, string? Branch, bool DirtyTree) bProvenance, TextWriter output, int firstRound)
    {
        // Methods only the ref has are measured on its side alone and reported MISSING.
        var all = alsoListA ? methods.Concat(a.ListMethods(options, options.Filter ?? "*")).Distinct(StringComparer.Ordinal).ToList() : methods;
        var launches = InterleavedExecutor.Run(paths, a.Dll, b.Dll, all, options.EffectiveProfile, config, outputDirectory, output, options.Runtime, firstRound);
        foreach (var unsettled in launches.SelectMany(l => l).Where(c => !c.JitSettled && c.A is not null && c.B is not null).Select(c => c.FullName).Distinct(StringComparer.Ordinal))
        {
            output.WriteLine($"note: {unsettled}: the JIT was still compiling when warmup hit its cap");
        }

        var job = string.Create(CultureInfo.InvariantCulture, $"interleaved A/B, {config.AbLaunches} launches x {config.AbPairs} pairs x {config.AbBatchMilliseconds} ms batches");
        var template = LaunchRounds.Template(
            DateTimeOffset.UtcNow, job, bProvenance.Sha, bProvenance.Branch, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, bProvenance.DirtyTree);
        var (ra, rb) = LaunchRounds.Split(launches, template);
        return new AbRounds(ra, rb, job + ", both builds in each process, launches as rounds");
    }

    // One BenchmarkDotNet process per method and side, alternating, so each A/B pair is measured seconds apart (see AbSchedule).
    private static AbRounds ProcessRounds(
        BenchmarkExecutable a, BenchmarkExecutable b, IReadOnlyList<string> methods, BuildOptions options, GateConfig config, string outputDirectory, TextWriter output,
        int firstRound)
    {
        var sides = new Dictionary<char, BenchmarkExecutable> { ['A'] = a, ['B'] = b };
        var parts = new Dictionary<(int Round, char Side), List<MeasuredRun>>();
        foreach (var step in AbSchedule.Steps(methods, config.AbRounds))
        {
            var folder = Path.Combine(outputDirectory, string.Create(CultureInfo.InvariantCulture, $"run-{firstRound + step.Round}-{step.Side}-{Array.IndexOf([.. methods], step.Method)}"));
            var run = sides[step.Side].Run(options, step.Method, folder, output);
            (parts.TryGetValue((step.Round, step.Side), out var list) ? list : parts[(step.Round, step.Side)] = []).Add(run);
        }

        var rounds = Enumerable.Range(0, config.AbRounds).ToList();
        return new AbRounds(rounds.Select(r => RunPooling.Concat(parts[(r, 'A')])).ToList(),
            rounds.Select(r => RunPooling.Concat(parts[(r, 'B')])).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"{config.AbRounds} interleaved rounds of BenchmarkDotNet processes"));
    }
}
