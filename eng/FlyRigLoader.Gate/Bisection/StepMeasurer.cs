using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Bisection;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>
/// Measures one commit's build against a reference build with the A/B machinery of <c>CheckRegression --against</c>
/// (<see cref="AbMeasurement"/>, same executor, launches and rule) and judges it with <see cref="StepJudge"/>. A doubtful
/// result is measured again, up to <see cref="GateConfig.BisectRemeasures"/> times, each adding
/// <see cref="GateConfig.BisectRemeasureLaunches"/> launches pooled with the earlier ones: more rounds narrow the paired
/// band, which is what a SUSPECTED verdict lacks. The regression check's own files for each judgement land in the step's
/// folder, not in <c>artifacts/statistical-analysis</c>, so a bisection never replaces the gate's latest outputs.
/// </summary>
internal sealed class StepMeasurer
{
    private readonly BuildOptions _options;
    private readonly BuildPaths _paths;
    private readonly GateConfig _config;
    private readonly TextWriter _output;

    /// <summary>A measurer for one bisection run.</summary>
    public StepMeasurer(BuildOptions options, BuildPaths paths, GateConfig config, TextWriter output)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _paths = paths ?? throw new ArgumentNullException(nameof(paths));
        _config = config ?? throw new ArgumentNullException(nameof(config));
        _output = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>
    /// Measures <paramref name="methods"/> of <paramref name="candidate"/> (B) against <paramref name="reference"/> (A) into
    /// <paramref name="folder"/>; with <paramref name="remeasure"/>, a doubtful result is measured again.
    /// </summary>
    /// <exception cref="GateInputException">The executor failed or wrote no valid result (an infrastructure failure).</exception>
    public StepMeasurement Measure(CachedBuild reference, CachedBuild candidate, IReadOnlyList<string> methods, string folder, bool remeasure = true)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(folder);
        var watch = Stopwatch.StartNew();
        var a = new BenchmarkExecutable(reference.Dll ?? throw new ArgumentException("the reference did not build", nameof(reference)), "A");
        var b = new BenchmarkExecutable(candidate.Dll ?? throw new ArgumentException("the candidate did not build", nameof(candidate)), "B");
        var first = Rounds(a, b, methods, _config, Path.Combine(folder, "launches-0"), candidate.Sha);
        StepVerdict? last = null;
        var (rounds, verdict, remeasures) = AbRemeasuring.Until(
            first, r => last = Judge(r, reference.Sha, candidate.Sha, folder), v => remeasure && v.Outcome == StepOutcome.Doubtful ? methods : [], _config.BisectRemeasures,
            (_, n) =>
            {
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{candidate.Sha[..12]} is doubtful ({last!.Reason}); re-measure {n}/{_config.BisectRemeasures}: {_config.BisectRemeasureLaunches} more launches, pooled with the earlier ones"));
                var more = _config with { AbLaunches = _config.BisectRemeasureLaunches, AbRounds = _config.BisectRemeasureLaunches };
                return Rounds(a, b, methods, more, Path.Combine(folder, "launches-" + n.ToString(CultureInfo.InvariantCulture)), candidate.Sha);
            });
        return new StepMeasurement(verdict, rounds.A.Count, remeasures, watch.Elapsed.TotalSeconds);
    }

    private AbRounds Rounds(BenchmarkExecutable a, BenchmarkExecutable b, IReadOnlyList<string> methods, GateConfig config, string folder, string sha) =>
        AbMeasurement.Measure(a, b, methods, alsoListA: false, _options, _paths, config, folder, (sha, null, false), _output);

    private StepVerdict Judge(AbRounds rounds, string referenceSha, string candidateSha, string folder)
    {
        var description = string.Create(CultureInfo.InvariantCulture,
            $"commit {referenceSha[..12]} (A) against {candidateSha[..12]} (B), {rounds.A.Count} rounds of {rounds.How}, round effects removed");
        var (current, baseline, counts) = AbComparison.FromRounds(rounds.A, rounds.B, description);
        var settings = new CheckSettings(null, _config, false, false, folder, null, DateTimeOffset.UtcNow, baseline, counts);
        using var table = new StringWriter(CultureInfo.InvariantCulture);
        using var problems = new StringWriter(CultureInfo.InvariantCulture);
        var (code, analysis) = RegressionCheck.Execute(current, [], settings, table, problems);
        AtomicFile.WriteAllText(Path.Combine(folder, "verdicts.md"), table + problems.ToString());
        return analysis is null
            ? StepVerdict.Skip(string.Create(CultureInfo.InvariantCulture, $"no verdict (check exited {code}): {problems.ToString().Trim()}"))
            : StepJudge.Judge(analysis, code);
    }
}
