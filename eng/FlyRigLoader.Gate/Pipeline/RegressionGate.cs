using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Regression.Interleaved;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// Entry points of the Cake targets <c>CheckRegression</c> and <c>UpdateBaseline</c>, and of the Benchmarks pipeline's
/// <c>--baseline-comparison</c>. Each returns the exit code: 0 pass, 1 regression, 2 invalid/missing input or infrastructure,
/// 3 no verdict (a failing time verdict measured under interference is INCONCLUSIVE; <c>--accept-no-verdict</c> makes it 0).
/// </summary>
public static class RegressionGate
{
    /// <summary>The gate's threshold file.</summary>
    public static string ConfigPath(BuildPaths paths) => Path.Combine((paths ?? throw new ArgumentNullException(nameof(paths))).Baselines, "gate-config.json");

    /// <summary>CheckRegression: the latest run (or <c>--report</c>) against the baseline (or <c>--against=&lt;ref&gt;</c>), with <c>--confirm</c>.</summary>
    public static int CheckRegression(BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if (options.Against is { } reference)
            {
                var (code, analysis) = AgainstAnalysis(reference, options, paths, output, error);
                return NoVerdictPolicy.Apply(code, options.AcceptNoVerdict, NoVerdictPolicy.Cases(analysis, []), output);
            }

            if (options.ReportArtifacts)
            {
                return CheckWithPage(options, paths, output, error);
            }

            // One of our run reports carries the launches' loads: a disturbed failing case is INCONCLUSIVE, since a saved
            // report cannot be measured again. Plain BenchmarkDotNet JSON has no such witnesses.
            var resolved = Resolve(paths, options.Report);
            IReadOnlyDictionary<string, string>? inconclusive = null;
            MeasuredRun run;
            IReadOnlyList<SlaVerdict> sla;
            if (CurrentRuns.LatestRunReport(resolved, paths) is { } saved)
            {
                var report = Reports.BenchmarkReportReader.Read(saved);
                (run, sla) = ReportRunReader.FromReport(report);
                inconclusive = new ReportRegressionGate(options, paths, savedReport: true).InconclusiveCases(report);
            }
            else
            {
                (run, sla) = CurrentRuns.Load(resolved, paths);
            }

            var (exit, judged) = Compare(run, sla, options, paths, output, error, inconclusive);
            return NoVerdictPolicy.Apply(exit, options.AcceptNoVerdict, NoVerdictPolicy.Cases(judged, InterferedVerdicts.Apply(sla, inconclusive)), output);
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return GateInputException.ExitCode;
        }
    }

    /// <summary>
    /// For the Benchmarks pipeline (<c>--baseline-comparison</c>): compare a run it just measured, with its SLA verdicts,
    /// against the committed baseline. Honours <c>--baseline</c>, <c>--threshold</c>, <c>--confirm</c>,
    /// <c>--allow-missing-baseline</c> and <c>--ci-mode</c>.
    /// </summary>
    public static int CompareRun(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error) =>
        Compare(current, sla, options, paths, output, error).ExitCode;

    /// <summary>As <see cref="CompareRun"/>, also returning the analysis (null on invalid input) and the baseline setting used.</summary>
    /// <param name="current">The run to judge.</param>
    /// <param name="sla">Its SLA verdicts.</param>
    /// <param name="options">Build options.</param>
    /// <param name="paths">Repository paths.</param>
    /// <param name="output">Tables and annotations.</param>
    /// <param name="error">Error lines.</param>
    /// <param name="inconclusive">
    /// Cases measured under interference that was not cleared (full name → why): their time REGRESSION and time SLA
    /// FAIL are INCONCLUSIVE, unless <c>--confirm</c> measures them afresh against the baseline's commit.
    /// </param>
    public static (int ExitCode, RegressionAnalysis? Analysis) Compare(
        MeasuredRun current, IReadOnlyList<SlaVerdict> sla, BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? inconclusive = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            sla = InterferedVerdicts.Apply(sla, inconclusive);
            var settings = Settings(options, paths) with { Inconclusive = inconclusive };
            if (!options.Confirm)
            {
                return RegressionCheck.Execute(current, sla, settings, output, error);
            }

            // Decide quietly first: only a first look that fails or is unsure is worth more measuring.
            var (code, analysis) = RegressionCheck.Execute(current, sla, settings, TextWriter.Null, TextWriter.Null);
            var flagged = ConfirmPlan.Doubtful(analysis);
            if (code == ExitCodes.Error || flagged.Count == 0)
            {
                return RegressionCheck.Execute(current, sla, settings, output, error);
            }

            if (ConfirmReference(current, settings, paths) is { } reference)
            {
                // The strongest check this machine can make: the baseline's own commit against the work tree, interleaved.
                // The first look is shown for the record only: no annotations, step summary or error line; the A/B run decides.
                output.WriteLine("--confirm: first look against the committed baseline, for the record (the interleaved A/B run below decides):");
                RegressionCheck.Execute(current, sla, settings with { CiMode = false, StepSummaryPath = null }, output, TextWriter.Null);
                var methods = flagged.Select(FilterFor).Distinct(StringComparer.Ordinal).ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"--confirm: {flagged.Count} benchmark(s) failed or SUSPECTED; judging them by interleaved A/B against the baseline's commit {reference[..Math.Min(12, reference.Length)]}. Their verdicts below replace the first look's; every other benchmark passed it."));
                return AgainstAnalysis(reference, options, paths, output, error, methods, sla);
            }

            flagged = ConfirmPlan.Failing(analysis);
            if (code != ExitCodes.GateFailed || flagged.Count == 0)
            {
                return RegressionCheck.Execute(current, sla, settings, output, error);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--confirm: {flagged.Count} flagged benchmark(s) and the baseline's commit is not in this repository; re-running them {settings.Config.ConfirmRounds} time(s) in alternating order"));
            var exe = new BenchmarkExecutable(BenchmarksDll(paths.Root), "B");
            var reruns = new List<MeasuredRun>();
            for (var round = 0; round < settings.Config.ConfirmRounds; round++)
            {
                // Alternate the order so no benchmark always runs right after the same neighbour (warm caches, thermal state).
                var order = round % 2 == 0 ? flagged : Enumerable.Reverse(flagged).ToList();
                foreach (var name in order)
                {
                    var run = exe.Run(options, FilterFor(name), Path.Combine(paths.Artifacts, "confirm", string.Create(CultureInfo.InvariantCulture, $"r{round}-{Math.Abs(name.GetHashCode(StringComparison.Ordinal))}")), output);
                    reruns.Add(run with { Benchmarks = run.Benchmarks.Where(b => b.FullName == name).ToList(), Failed = run.Failed.Where(f => f == name).ToList() });
                }
            }

            var (pooled, counts) = RunPooling.Pool(current, reruns);
            output.WriteLine("--confirm: verdicts below use the pooled samples of the original run and the re-runs");
            return RegressionCheck.Execute(pooled, sla, settings with { CurrentRuns = counts }, output, error);
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return (GateInputException.ExitCode, null);
        }
    }

    /// <summary>UpdateBaseline: append the latest run (or <c>--report</c>) to this environment's baseline, keeping the last K.</summary>
    public static int UpdateBaseline(BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var config = GateConfigLoader.Load(ConfigPath(paths));
            var (run, _) = CurrentRuns.Load(Resolve(paths, options.Report), paths);
            if (run.Provenance.GitSha is null)
            {
                var (sha, branch) = GitWorkTree.Head(paths.Root);
                run = run with { Provenance = run.Provenance with { GitSha = sha, Branch = branch }, DirtyTree = run.DirtyTree || GitWorkTree.IsDirty(paths.Root) };
            }

            if (run.Fingerprint is null)
            {
                throw new GateInputException(options.Report ?? paths.Reports, "the run carries no environment fingerprint");
            }

            var chosen = Resolve(paths, options.Baseline);
            var directory = chosen is { } b && !b.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? b : paths.Baselines;
            var target = chosen is { } file && file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? file
                : Path.Combine(directory, BaselineStore.FileName(run.EnvironmentName ?? "unknown", run.Fingerprint));
            var existing = File.Exists(target) ? BaselineStore.Read(target) : null;
            var update = BaselineUpdater.Append(existing, run, config.KeepRuns, options.AllowDirty);
            if (!update.Accepted)
            {
                foreach (var reason in update.Refusals)
                {
                    error.WriteLine($"error: UpdateBaseline refuses run {run.Provenance.RunId}: {reason}");
                }

                return GateInputException.ExitCode;
            }

            BaselineStore.Write(target, update.Updated!);
            output.WriteLine($"baseline {target} updated ({update.Updated!.Runs.Count.ToString(CultureInfo.InvariantCulture)}/{config.KeepRuns.ToString(CultureInfo.InvariantCulture)} runs):");
            foreach (var line in update.Summary)
            {
                output.WriteLine("  " + line);
            }

            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return GateInputException.ExitCode;
        }
    }

    /// <summary>
    /// <c>--report-artifacts</c>: judge the run report and rewrite its HTML page with the comparison and trend sections,
    /// the way <c>Benchmarks --baseline-comparison</c> would have (CI judges after merging shards, so this is its page).
    /// </summary>
    private static int CheckWithPage(BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error)
    {
        var path = CurrentRuns.LatestRunReport(Resolve(paths, options.Report), paths)
            ?? throw new GateInputException(options.Report ?? paths.Reports, "--report-artifacts needs one of our run reports (benchmark-report-<run>.json); plain BenchmarkDotNet JSON has no page");
        var report = Reports.BenchmarkReportReader.Read(path);
        var gate = new ReportRegressionGate(options, paths, savedReport: true);
        var outcome = gate.Compare(report, path, output);
        var judged = report with { RegressionAnalysis = outcome.Analysis };
        var page = Reports.Html.ReportPage.Write(judged, paths, output, error);
        return NoVerdictPolicy.Apply(ExitCodes.Worst(outcome.ExitCode, page), options.AcceptNoVerdict, NoVerdictPolicy.Cases(judged, gate.InconclusiveCases(report)), output);
    }

    private static (int ExitCode, RegressionAnalysis? Analysis) AgainstAnalysis(
        string reference, BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error, IReadOnlyList<string>? only = null, IReadOnlyList<SlaVerdict>? sla = null)
    {
        var commit = GitWorkTree.Resolve(paths.Root, reference) ?? throw new GateInputException(reference, "git ref does not resolve to a commit in this repository");
        var tree = Path.Combine(paths.Artifacts, "against", commit[..12]);
        GitWorkTree.AddDetached(paths.Root, tree, commit);
        var sides = new Dictionary<char, BenchmarkExecutable>
        {
            ['A'] = new(Build(tree, options, output), "A"),
            ['B'] = new(Build(paths.Root, options, output), "B"),
        };
        var config = GateConfigLoader.Load(ConfigPath(paths));
        var methods = only ?? sides['B'].ListMethods(options, options.Filter ?? "*");
        if (methods.Count == 0)
        {
            throw new GateInputException(options.Filter ?? "*", "no benchmark of the work tree matches the filter and profile");
        }

        var (aRounds, bRounds, how) = config.AbExecutor == AbExecutor.Interleaved
            ? InterleavedRounds(sides, methods, only is null, options, paths, config, output)
            : ProcessRounds(sides, methods, options, paths, config, output);
        var (current, baseline, rounds) = AbComparison.FromRounds(aRounds, bRounds, $"git ref {reference} ({commit[..12]}), {how}, round effects removed");
        var settings = Settings(options, paths) with { Preloaded = baseline, CurrentRuns = rounds };
        return RegressionCheck.Execute(current, sla ?? [], settings, output, error);
    }

    /// <summary>
    /// The commit <c>--confirm</c> measures against: the newest baseline run's, when this repository has it (a baseline
    /// from another environment or a shallow clone without that commit falls back to re-running the work tree alone).
    /// </summary>
    private static string? ConfirmReference(MeasuredRun current, CheckSettings settings, BuildPaths paths)
    {
        var sha = ConfirmPlan.BaselineCommit(settings.Preloaded ?? RegressionCheck.LoadBaseline(settings.Baseline, current));
        return sha is not null && File.Exists(paths.BenchmarksProject)
            ? GitWorkTree.Resolve(paths.Root, sha)
            : null;
    }

    // Both builds in one process, batches alternating (the default executor); each launch of that process is a round.
    private static (IReadOnlyList<MeasuredRun> A, IReadOnlyList<MeasuredRun> B, string How) InterleavedRounds(
        Dictionary<char, BenchmarkExecutable> sides, IReadOnlyList<string> methods, bool listA, BuildOptions options, BuildPaths paths, GateConfig config, TextWriter output)
    {
        // Methods only the ref has are measured on its side alone and reported MISSING.
        var all = listA ? methods.Concat(sides['A'].ListMethods(options, options.Filter ?? "*")).Distinct(StringComparer.Ordinal).ToList() : methods;
        var launches = InterleavedExecutor.Run(paths, sides['A'].Dll, sides['B'].Dll, all, options.EffectiveProfile, config,
            Path.Combine(paths.Artifacts, "against"), output);
        foreach (var unsettled in launches.SelectMany(l => l).Where(c => !c.JitSettled && c.A is not null && c.B is not null).Select(c => c.FullName).Distinct(StringComparer.Ordinal))
        {
            output.WriteLine($"note: {unsettled}: the JIT was still compiling when warmup hit its cap");
        }

        var (sha, branch) = GitWorkTree.Head(paths.Root);
        var job = string.Create(CultureInfo.InvariantCulture, $"interleaved A/B, {config.AbLaunches} launches x {config.AbPairs} pairs x {config.AbBatchMilliseconds} ms batches");
        var template = LaunchRounds.Template(
            DateTimeOffset.UtcNow, job, sha, branch, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, GitWorkTree.IsDirty(paths.Root));
        var (a, b) = LaunchRounds.Split(launches, template);
        return (a, b, job + ", both builds in each process, launches as rounds");
    }

    // One BenchmarkDotNet process per method and side, alternating, so each A/B pair is measured seconds apart (see AbSchedule).
    private static (IReadOnlyList<MeasuredRun> A, IReadOnlyList<MeasuredRun> B, string How) ProcessRounds(
        Dictionary<char, BenchmarkExecutable> sides, IReadOnlyList<string> methods, BuildOptions options, BuildPaths paths, GateConfig config, TextWriter output)
    {
        var parts = new Dictionary<(int Round, char Side), List<MeasuredRun>>();
        foreach (var step in AbSchedule.Steps(methods, config.AbRounds))
        {
            var folder = Path.Combine(paths.Artifacts, "against", string.Create(CultureInfo.InvariantCulture, $"run-{step.Round}-{step.Side}-{Array.IndexOf([.. methods], step.Method)}"));
            var run = sides[step.Side].Run(options, step.Method, folder, output);
            (parts.TryGetValue((step.Round, step.Side), out var list) ? list : parts[(step.Round, step.Side)] = []).Add(run);
        }

        var rounds = Enumerable.Range(0, config.AbRounds).ToList();
        return (rounds.Select(r => RunPooling.Concat(parts[(r, 'A')])).ToList(),
            rounds.Select(r => RunPooling.Concat(parts[(r, 'B')])).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"{config.AbRounds} interleaved rounds of BenchmarkDotNet processes"));
    }

    private static string Build(string root, BuildOptions options, TextWriter output)
    {
        var project = new BuildPaths(root).BenchmarksProject;
        if (!File.Exists(project))
        {
            throw new GateInputException(project, "benchmark project not found in this tree");
        }

        output.WriteLine($"building {project}");
        var build = ChildProcess.Capture(new CommandLine("dotnet", ["build", project, "-c", options.Configuration, "-nologo", "-v", "quiet"], root), Timeout.InfiniteTimeSpan);
        var (code, log) = (build.ExitCode, build.Combined);
        if (code != 0)
        {
            throw new GateInputException(project, "build failed: " + (log.Length > 600 ? log[^600..] : log).Trim());
        }

        return BenchmarksDll(root, options.Configuration);
    }

    private static string BenchmarksDll(string root, string configuration = "Release") =>
        Path.Combine(root, "artifacts", "bin", "FlyRigLoader.Benchmarks", configuration.ToLowerInvariant(), "FlyRigLoader.Benchmarks.dll");

    /// <summary>BenchmarkDotNet filters on <c>Namespace.Type.Method</c>; parameters are dropped from the name.</summary>
    internal static string FilterFor(string fullName)
    {
        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? fullName[..paren] : fullName;
    }

    /// <summary>Relative paths on the command line mean the repository root, wherever Cake runs from.</summary>
    private static string? Resolve(BuildPaths paths, string? path) =>
        path is null ? null : Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(paths.Root, path));

    private static CheckSettings Settings(BuildOptions options, BuildPaths paths)
    {
        var config = GateConfigLoader.Load(ConfigPath(paths)).WithThresholds(options.Threshold, null);
        return new CheckSettings(
            Resolve(paths, options.Baseline) ?? paths.Baselines, config, options.AllowMissingBaseline, options.CiMode, paths.Artifacts,
            options.CiMode ? options.StepSummaryPath : null, DateTimeOffset.UtcNow);
    }
}
