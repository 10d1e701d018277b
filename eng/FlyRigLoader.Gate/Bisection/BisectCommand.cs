using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Bisection;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>
/// Entry point of the Cake target <c>Bisect</c>: finds the first commit between <c>--good</c> and <c>--bad</c> where the
/// benchmarks <c>--filter</c> selects got slower past the threshold, by measuring commits against the good one with the
/// interleaved A/B machinery and halving the range (<see cref="BisectSearch"/>). Exit 0 when it names the commit, 1 when
/// the bad commit is not slower, 2 on bad input or an infrastructure failure, 3 when it cannot tell (see
/// <see cref="BisectConclusion"/>).
/// </summary>
public static class BisectCommand
{
    /// <summary>Runs a bisection of the repository at <paramref name="paths"/> and returns the exit code.</summary>
    public static int Run(BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        Setup setup;
        try
        {
            setup = Prepare(options, paths, output);
        }
        catch (Exception e) when (e is GateInputException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Error;
        }

        var runId = RunId.Create(started, setup.Range.Bad.Sha[..7]);
        var steps = new List<BisectStep>();
        var result = new BisectResult
        {
            RunId = runId, Outcome = BisectConclusion.Error, ExitCode = ExitCodes.Error, Message = string.Empty, Good = setup.Range.Good, Bad = setup.Range.Bad,
            PathLength = setup.Range.Path.Count, Benchmarks = setup.Methods, Filter = options.Filter ?? "*", Profile = options.EffectiveProfile,
            Threshold = setup.Config.FailThreshold,
            Measuring = new BisectMeasuring(GateConfigLoader.ExecutorNames[(int)setup.Config.AbExecutor], setup.Config.AbExecutor == AbExecutor.Interleaved ? setup.Config.AbLaunches : setup.Config.AbRounds,
                setup.Config.BisectRemeasures, setup.Config.BisectRemeasureLaunches),
            Steps = steps, Candidates = [], StartedUtc = started, WallSeconds = 0,
        };
        var file = Path.Combine(paths.Artifacts, "bisect", $"bisect-{runId}.json");
        try
        {
            result = Search(setup, options, paths, Path.Combine(paths.Artifacts, "bisect", "runs", runId), result, steps, output);
        }
        catch (Exception e) when (e is GateInputException or IOException or UnauthorizedAccessException)
        {
            // Fails closed: a search cut short names no commit, and the steps it took are still written.
            error.WriteLine("error: " + e.Message);
            result = result with { Message = "stopped by an infrastructure failure: " + e.Message };
        }

        result = result with { WallSeconds = Math.Round(watch.Elapsed.TotalSeconds, 1) };
        AtomicFile.WriteAllText(file, ReportJson.Serialize(result));
        output.WriteLine();
        output.Write(BisectTable.Render(result, Path.GetRelativePath(paths.Root, file)));
        return result.ExitCode;
    }

    // Everything that can be refused before measuring: git checks first (fast), then the good and bad builds and the benchmarks they share.
    private static Setup Prepare(BuildOptions options, BuildPaths paths, TextWriter output)
    {
        var range = BisectRange.Resolve(options, paths.Root);
        var loaded = GateConfigLoader.Load(RegressionGate.ConfigPath(paths)).WithThresholds(options.Threshold, null);
        // Every step is judged side by side, and Bisect hunts the commit that slowed past the fail threshold (README
        // 'Bisect'), not the smaller steps --against would call.
        var config = loaded with { AbFailThreshold = loaded.FailThreshold };
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bisect: {range.Path.Count} commit(s) after {range.Good.Short} (good) up to {range.Bad.Short} (bad) on the first-parent path"));
        var cache = new BuildCache(paths, options.Configuration, output);
        var good = Built(cache, range.Good, "--good=" + options.Good);
        var bad = Built(cache, range.Bad, "--bad=" + options.Bad);
        var filter = options.Filter ?? "*";
        var categories = options.Categories.Count > 0 ? $", categories {string.Join(',', options.Categories)}" : string.Empty;
        var inBad = new BenchmarkExecutable(bad.Dll!, "bad").ListMethods(options, filter);
        if (inBad.Count == 0)
        {
            throw new GateInputException("--filter=" + filter, $"matches no benchmark of the bad commit {range.Bad.Short} (profile {options.EffectiveProfile}{categories})");
        }

        var inGood = new BenchmarkExecutable(good.Dll!, "good").ListMethods(options, filter).ToHashSet(StringComparer.Ordinal);
        var methods = inBad.Where(inGood.Contains).ToList();
        if (methods.Count == 0)
        {
            throw new GateInputException("--filter=" + filter, $"matches {inBad.Count.ToString(CultureInfo.InvariantCulture)} benchmark(s) of the bad commit but none the good commit {range.Good.Short} has: {string.Join(", ", inBad)}");
        }

        foreach (var only in inBad.Where(m => !inGood.Contains(m)))
        {
            output.WriteLine($"note: {only} is not judged: the good commit {range.Good.Short} does not have it");
        }

        return new Setup(range, config, cache, good, bad, methods);
    }

    private static CachedBuild Built(BuildCache cache, BisectCommit commit, string option)
    {
        var build = cache.Get(commit.Sha);
        return build.Dll is not null ? build : throw new GateInputException(option, $"commit {commit.Short} does not build, so it cannot be measured: {build.Failure}");
    }

    private static BisectResult Search(Setup setup, BuildOptions options, BuildPaths paths, string folder, BisectResult result, List<BisectStep> steps, TextWriter output)
    {
        var (range, config, cache, good, bad, methods) = setup;
        var measurer = new StepMeasurer(options, paths, config, output);
        var outcomes = new Dictionary<int, StepOutcome>();
        while (BisectSearch.Next(range.Path.Count, outcomes) is { Measure: { } position })
        {
            var watch = Stopwatch.StartNew();
            var commit = position == range.Path.Count ? range.Bad : BisectRange.Describe(paths.Root, range.Path[position - 1]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"step {steps.Count + 1}: commit {position}/{range.Path.Count} {commit.Short} \"{commit.Subject}\""));
            var build = position == range.Path.Count ? bad : cache.Get(commit.Sha);
            var measured = build.Dll is null
                ? new StepMeasurement(StepVerdict.Skip("does not build: " + build.Failure), 0, 0, 0)
                : measurer.Measure(good, build, methods, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"step-{steps.Count + 1}-{commit.Short}")));
            outcomes[position] = measured.Verdict.Outcome;
            var step = new BisectStep
            {
                Step = steps.Count + 1, Position = position, Commit = commit, Outcome = VerdictNames.Of(measured.Verdict.Outcome), Reason = measured.Verdict.Reason,
                Benchmarks = measured.Verdict.Benchmarks, Launches = measured.Rounds, Remeasures = measured.Remeasures, BuildCached = build.Cached,
                BuildSeconds = Math.Round(build.BuildSeconds, 1), WallSeconds = Math.Round(watch.Elapsed.TotalSeconds + (position == range.Path.Count ? build.BuildSeconds : 0), 1),
            };
            steps.Add(step);
            output.WriteLine(BisectTable.StepLine(step, range.Path.Count));
        }

        var answer = BisectSearch.Next(range.Path.Count, outcomes).Answer!;
        var candidates = answer.Candidates.Select(p => p == range.Path.Count ? range.Bad : BisectRange.Describe(paths.Root, range.Path[p - 1])).ToList();
        var culprit = answer.Culprit is { } at ? AgainstParent(candidates[0], at, setup, measurer, paths, folder, output) : null;
        var (outcome, code, message) = BisectConclusion.Of(answer, range, steps, candidates);
        return result with { Outcome = outcome, ExitCode = code, Message = message, Candidates = candidates, Culprit = culprit, Steps = [.. steps] };
    }

    // One more A/B: the culprit against its own parent, for the size of its own step (the search compared it with the good commit).
    private static BisectCulprit AgainstParent(BisectCommit culprit, int position, Setup setup, StepMeasurer measurer, BuildPaths paths, string folder, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var parentSha = GitWorkTree.Describe(paths.Root, culprit.Sha).FirstParent
            ?? throw new GateInputException(culprit.Sha, "the culprit has no parent");
        var parent = parentSha == setup.Range.Good.Sha ? setup.Range.Good : BisectRange.Describe(paths.Root, parentSha);
        output.WriteLine($"culprit {culprit.Short}: measuring it against its parent {parent.Short}");
        var parentBuild = parentSha == setup.Range.Good.Sha ? setup.GoodBuild : setup.Cache.Get(parentSha);
        var culpritBuild = culprit.Sha == setup.Range.Bad.Sha ? setup.BadBuild : setup.Cache.Get(culprit.Sha);
        var measured = parentBuild.Dll is null
            ? new StepMeasurement(StepVerdict.Skip("its parent does not build: " + parentBuild.Failure), 0, 0, 0)
            : measurer.Measure(parentBuild, culpritBuild, setup.Methods, Path.Combine(folder, "culprit-vs-parent"), remeasure: false);
        var note = measured.Verdict.Outcome switch
        {
            StepOutcome.Bad => "against its parent alone it is slower past the threshold: this commit is the step",
            StepOutcome.Good => "against its parent alone it is not slower past the threshold: the slowdown built up over several commits, and this is the one that crossed it (the steps above compare each with the good commit)",
            StepOutcome.Doubtful => "against its parent alone it is only " + measured.Verdict.Reason + ": part of the slowdown may come from earlier commits",
            _ => "not measured against its parent: " + measured.Verdict.Reason,
        };
        return new BisectCulprit
        {
            Commit = culprit, Position = position, Parent = parent, Benchmarks = measured.Verdict.Benchmarks, Note = note, Launches = measured.Rounds,
            WallSeconds = Math.Round(watch.Elapsed.TotalSeconds, 1),
        };
    }

    private sealed record Setup(BisectRange Range, GateConfig Config, BuildCache Cache, CachedBuild GoodBuild, CachedBuild BadBuild, IReadOnlyList<string> Methods);
}
