using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.History;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// Entry points of the Cake targets <c>CheckRegression</c> and <c>UpdateBaseline</c>, and of the Benchmarks pipeline's
/// <c>--baseline-comparison</c>. Each returns the exit code: 0 pass, 1 regression, 2 invalid/missing input or infrastructure,
/// 3 no verdict (an INCOMPARABLE baseline that could not be measured side by side, or an INCONCLUSIVE measurement; 0 with
/// <c>--accept-no-verdict</c>).
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
            (Reports.BenchmarkReport Report, string Path, ReportRegressionGate Gate)? saved = null;
            if (CurrentRuns.LatestRunReport(resolved, paths) is { } savedPath)
            {
                var report = Reports.BenchmarkReportReader.Read(savedPath);
                var gate = new ReportRegressionGate(options, paths, savedReport: true);
                saved = (report, savedPath, gate);
                (run, sla) = ReportRunReader.FromReport(report);
                inconclusive = gate.InconclusiveCases(report);
            }
            else
            {
                (run, sla) = CurrentRuns.Load(resolved, paths);
            }

            var (exit, judged, judgedSla) = Compare(run, sla, options, paths, output, error, inconclusive);
            if (judged is not null && saved is { } s)
            {
                RewriteSummaryCsv(s.Report with { RegressionAnalysis = s.Gate.ForReport(s.Report.RunId, judged, exit) }, s.Path, output);
            }

            return NoVerdictPolicy.Apply(exit, options.AcceptNoVerdict, NoVerdictPolicy.Cases(judged, judgedSla), output);
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

    /// <summary>
    /// As <see cref="CompareRun"/>, also returning what was judged: the analysis (null on invalid input) and the SLA
    /// verdicts after the interference rule (a time FAIL of a case in <paramref name="inconclusive"/> is INCONCLUSIVE).
    /// </summary>
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
    public static (int ExitCode, RegressionAnalysis? Analysis, IReadOnlyList<SlaVerdict> Sla) Compare(
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
            var settings = Settings(options, paths) with { Inconclusive = inconclusive };
            // The one place the interference rule meets the SLA verdicts: every path below judges these.
            var judged = InterferedVerdicts.Apply(sla, inconclusive, settings.Config.Interference);
            var (code, analysis) = Judge(current, judged, options, paths, settings, output, error);
            return (code, analysis, judged);
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return (GateInputException.ExitCode, null, sla);
        }
    }

    private static (int ExitCode, RegressionAnalysis? Analysis) Judge(
        MeasuredRun current, IReadOnlyList<SlaVerdict> sla, BuildOptions options, BuildPaths paths, CheckSettings settings, TextWriter output, TextWriter error)
    {
        try
        {
            if (settings.Preloaded is null && RegressionCheck.LoadBaseline(settings.Baseline, current) is { Comparable: false } incomparable)
            {
                return SideBySideOrNoVerdict(current, sla, incomparable, options, paths, settings, output, error);
            }

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
                var methods = ConfirmPlan.Methods(flagged);
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
            var exe = new BenchmarkExecutable(SuiteBuild.Dll(paths.Root), "B");
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

    /// <summary>
    /// A baseline that cannot judge this run (another fingerprint or job) gives no verdict, so its first look is only
    /// informational. When its commit is in this repository every selected benchmark, not only the doubtful ones, is
    /// judged by the interleaved A/B run against that commit, automatically; otherwise every benchmark is INCOMPARABLE
    /// with the reason (exit 3 unless <c>--accept-no-verdict</c>).
    /// </summary>
    private static (int ExitCode, RegressionAnalysis? Analysis) SideBySideOrNoVerdict(
        MeasuredRun current, IReadOnlyList<SlaVerdict> sla, LoadedBaseline incomparable, BuildOptions options, BuildPaths paths, CheckSettings settings, TextWriter output, TextWriter error)
    {
        var reason = incomparable.IncomparableReason!;
        var commit = ConfirmPlan.BaselineCommit(incomparable);
        if (Reachable(commit, paths) is { } reference)
        {
            var methods = ConfirmPlan.Selected(current);
            var note = $"baseline {incomparable.Path} cannot judge this run ({reason}); every selected benchmark was judged by interleaved A/B against its commit {reference[..Math.Min(12, reference.Length)]} instead (automatic, no --confirm needed)";
            output.WriteLine($"the baseline {incomparable.Path} cannot judge this run ({reason}); its first look below is informational only:");
            RegressionCheck.Execute(current, sla, settings with { Preloaded = incomparable, CiMode = false, StepSummaryPath = null }, output, TextWriter.Null);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"judging all {methods.Count} selected benchmark method(s) by interleaved A/B against the baseline's commit {reference[..Math.Min(12, reference.Length)]}, automatically (no --confirm needed); these verdicts are final:"));
            var use = new BaselineUse(incomparable.Path, incomparable.File.Fingerprint, incomparable.File.Job?.Key, false, reason, BaselineUse.SideBySide);
            // Both sides are measured with the run's own profile, so the A/B answers for the run that was judged.
            var sideBySide = current.Job?.Profile is { } profile && KnownOptions.Profiles.Contains(profile, StringComparer.Ordinal) ? options with { Profile = profile, SmokeTest = false } : options;
            return AgainstAnalysis(reference, sideBySide, paths, output, error, methods, sla, use, [note]);
        }

        var why = commit is null ? "it records no commit" : $"its commit {commit[..Math.Min(12, commit.Length)]} is not in this repository";
        var plain = $"baseline {incomparable.Path} cannot judge this run ({reason}) and {why}, so it cannot be measured side by side: every benchmark is INCOMPARABLE";
        return RegressionCheck.Execute(current, sla, settings with { Preloaded = incomparable, Notes = [plain] }, output, error);
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

            if (run.Job is null)
            {
                throw new GateInputException(options.Report ?? paths.Reports, "the run records no job (a report written before jobs were recorded); measure it again");
            }

            // One file per fingerprint and job: a smoke run never lands in the default profile's baseline, nor a run with
            // other runtime settings in that of the shipped ones.
            var chosen = Resolve(paths, options.Baseline);
            var directory = chosen is { } b && !b.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? b : paths.Baselines;
            var target = chosen is { } file && file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? file
                : Path.Combine(directory, BaselineStore.FileName(run.EnvironmentName ?? "unknown", run.Fingerprint, run.Job.Key));
            var existing = File.Exists(target) ? BaselineStore.Read(target) : null;
            var historyPath = HistoryStore.PathFor(target);
            var existingHistory = File.Exists(historyPath) ? HistoryStore.Read(historyPath) : HistoryUpdater.Seed(existing);
            var update = BaselineUpdater.Append(existing, run, config.KeepRuns, options.AllowDirty, options.AllowUnsettled ? 0 : config.BaselineMaxLaunchSpread);
            if (!update.Accepted && options.PinAnchor && existing is not null && update.Refusals.Count == 1 && existing.Runs.Any(r => r.Provenance.RunId == run.Provenance.RunId))
            {
                // The run is already a baseline run (a release tagged after its refresh): pinning it touches the history only.
                return PinOnly(existingHistory, historyPath, run, options, output, error);
            }

            var historyUpdate = HistoryUpdater.Append(existingHistory, run, options.PinAnchor, options.PinLabel);
            if (!update.Accepted || !historyUpdate.Accepted)
            {
                foreach (var reason in update.Refusals.Concat(historyUpdate.Refusals.Select(r => $"{r} ({historyPath})")))
                {
                    error.WriteLine($"error: UpdateBaseline refuses run {run.Provenance.RunId}: {reason}");
                }

                return GateInputException.ExitCode;
            }

            // Both files were read and both updates decided before either is written; each write is atomic.
            BaselineStore.Write(target, update.Updated!);
            HistoryStore.Write(historyPath, historyUpdate.Updated!);
            output.WriteLine($"baseline {target} updated ({update.Updated!.Runs.Count.ToString(CultureInfo.InvariantCulture)}/{config.KeepRuns.ToString(CultureInfo.InvariantCulture)} runs; job {run.Job.Key}: {run.Job.Canonical}):");
            foreach (var line in update.Summary)
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine($"history {historyPath} ({historyUpdate.Updated!.Runs.Count.ToString(CultureInfo.InvariantCulture)}/{historyUpdate.Updated.KeepRuns.ToString(CultureInfo.InvariantCulture)} runs):");
            foreach (var line in historyUpdate.Summary)
            {
                output.WriteLine("  " + line);
            }

            if (Resolve(paths, options.SummaryFile) is { } summaryFile)
            {
                BaselineRefreshSummary.Write(summaryFile, paths.Root, target, existing, update.Updated!, run.Provenance.RunId, config.MaxBaselineAgeDays, DateTimeOffset.UtcNow);
                output.WriteLine($"summary of what moved: {summaryFile}");
            }

            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return GateInputException.ExitCode;
        }
    }

    private static int PinOnly(HistoryFile? history, string historyPath, MeasuredRun run, BuildOptions options, TextWriter output, TextWriter error)
    {
        var pinned = HistoryUpdater.Append(history, run, pin: true, options.PinLabel);
        if (!pinned.Accepted)
        {
            foreach (var reason in pinned.Refusals)
            {
                error.WriteLine($"error: UpdateBaseline refuses to pin run {run.Provenance.RunId}: {reason} ({historyPath})");
            }

            return GateInputException.ExitCode;
        }

        HistoryStore.Write(historyPath, pinned.Updated!);
        output.WriteLine($"run {run.Provenance.RunId} is already in the baseline; history {historyPath} updated:");
        foreach (var line in pinned.Summary)
        {
            output.WriteLine("  " + line);
        }

        return ExitCodes.Ok;
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
        RewriteSummaryCsv(judged, path, output);
        var page = Reports.Html.ReportPage.Write(judged, paths, output, error);
        return NoVerdictPolicy.Apply(ExitCodes.Worst(outcome.ExitCode, page), options.AcceptNoVerdict, NoVerdictPolicy.Cases(judged, gate.InconclusiveCases(report)), output);
    }

    /// <summary>
    /// The run's <c>benchmark-summary-&lt;run&gt;.csv</c> next to its report, rewritten with each row's verdict from this
    /// comparison, so the CSV of a run judged after the fact (CI judges the merged run) does not keep saying NOT_COMPARED.
    /// </summary>
    private static void RewriteSummaryCsv(Reports.BenchmarkReport judged, string reportPath, TextWriter output)
    {
        var csv = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(reportPath))!, Reports.CsvSummaryWriter.FileName(judged.RunId));
        AtomicFile.WriteAllText(csv, Reports.CsvSummaryWriter.Render(judged));
        output.WriteLine($"Regression status per benchmark written to {csv}");
    }

    private static (int ExitCode, RegressionAnalysis? Analysis) AgainstAnalysis(
        string reference, BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error, IReadOnlyList<string>? only = null, IReadOnlyList<SlaVerdict>? sla = null,
        BaselineUse? sideBySideFor = null, IReadOnlyList<string>? notes = null)
    {
        var commit = GitWorkTree.Resolve(paths.Root, reference) ?? throw new GateInputException(reference, "git ref does not resolve to a commit in this repository");
        var tree = Path.Combine(paths.Artifacts, "against", commit[..12]);
        GitWorkTree.AddDetached(paths.Root, tree, commit);
        var a = new BenchmarkExecutable(SuiteBuild.Build(tree, options.Configuration, output), "A");
        var b = new BenchmarkExecutable(SuiteBuild.Build(paths.Root, options.Configuration, output), "B");
        return AgainstBuilds(a, b, $"git ref {reference} ({commit[..12]})", options, paths, output, error, only, sla, sideBySideFor, notes);
    }

    /// <summary>
    /// Measures two built suites side by side (A the reference, B judged against it) with the configured A/B executor and
    /// judges B with the paired rule; <c>--against</c>, the side-by-side judging of an incomparable baseline and
    /// GateAccuracy's A/B experiments all come through here.
    /// </summary>
    internal static (int ExitCode, RegressionAnalysis? Analysis) AgainstBuilds(
        BenchmarkExecutable a, BenchmarkExecutable b, string what, BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error,
        IReadOnlyList<string>? only = null, IReadOnlyList<SlaVerdict>? sla = null, BaselineUse? sideBySideFor = null, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        var config = GateConfigLoader.Load(ConfigPath(paths));
        var methods = only ?? b.ListMethods(options, options.Filter ?? "*");
        if (methods.Count == 0)
        {
            throw new GateInputException(options.Filter ?? "*", "no benchmark of the work tree matches the filter and profile");
        }

        var (sha, branch) = GitWorkTree.Head(paths.Root);
        var provenance = (sha, branch, GitWorkTree.IsDirty(paths.Root));
        var folder = Path.Combine(paths.RunOutputs, "against");
        var first = AbMeasurement.Measure(a, b, methods, only is null, options, paths, config, folder, provenance, output);
        var settings = Settings(options, paths) with { SideBySideFor = sideBySideFor, Notes = notes, History = null };
        var remeasured = new List<string>();

        // Every judgement is silent; the one the loop settles on is rendered once, as it stands.
        RegressionJudgement Judge(AbRounds rounds)
        {
            var how = remeasured.Count == 0 ? rounds.How : $"{rounds.How}; doubtful method(s) measured again and pooled: {string.Join(", ", remeasured)}";
            var (current, baseline, counts) = AbComparison.FromRounds(rounds.A, rounds.B, $"{what}, {how}, round effects removed");
            return RegressionCheck.Judge(current, sla ?? [], settings with { Preloaded = baseline, CurrentRuns = counts });
        }

        return AbRemeasuring.Settle(
            first, Judge, v => v.ExitCode == ExitCodes.Error ? [] : ConfirmPlan.ToSettle(v.Analysis, remeasured), config.AbRemeasures,
            (unsure, n) =>
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"A/B: {unsure.Count} method(s) left SUSPECTED or with a REGRESSION/IMPROVEMENT not yet confirmed ({string.Join(", ", unsure)}); re-measure {n}/{config.AbRemeasures}: {config.AbRemeasureLaunches} more launches of them, pooled with the first"));
                remeasured.AddRange(unsure.Except(remeasured, StringComparer.Ordinal));
                var more = config with { AbLaunches = config.AbRemeasureLaunches, AbRounds = config.AbRemeasureLaunches };
                return AbMeasurement.Measure(a, b, unsure, alsoListA: false, options, paths, more, folder, provenance, output, firstRound: first.A.Count + ((n - 1) * config.AbRemeasureLaunches));
            },
            judgement => RegressionCheck.Render(judgement, settings, output, error));
    }

    /// <summary>
    /// The commit <c>--confirm</c> measures against: the newest baseline run's, when this repository has it (a baseline
    /// from another environment or a shallow clone without that commit falls back to re-running the work tree alone).
    /// </summary>
    private static string? ConfirmReference(MeasuredRun current, CheckSettings settings, BuildPaths paths) =>
        Reachable(ConfirmPlan.BaselineCommit(settings.Preloaded ?? RegressionCheck.LoadBaseline(settings.Baseline, current)), paths);

    /// <summary>The full sha of <paramref name="sha"/> when this repository has that commit and a benchmark project to build, else null.</summary>
    private static string? Reachable(string? sha, BuildPaths paths) =>
        sha is not null && File.Exists(paths.BenchmarksProject) ? GitWorkTree.Resolve(paths.Root, sha) : null;

    /// <summary>BenchmarkDotNet filters on <c>Namespace.Type.Method</c>; parameters are dropped from the name.</summary>
    internal static string FilterFor(string fullName) => ConfirmPlan.FilterFor(fullName);

    /// <summary>Relative paths on the command line mean the repository root, wherever Cake runs from.</summary>
    private static string? Resolve(BuildPaths paths, string? path) =>
        path is null ? null : Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(paths.Root, path));

    private static CheckSettings Settings(BuildOptions options, BuildPaths paths)
    {
        var config = GateConfigLoader.Load(ConfigPath(paths)).WithThresholds(options.Threshold, null);
        return new CheckSettings(
            Resolve(paths, options.Baseline) ?? paths.Baselines, config, options.AllowMissingBaseline, options.CiMode, paths.RunOutputs,
            options.CiMode ? options.StepSummaryPath : null, DateTimeOffset.UtcNow, AcceptNoVerdict: options.AcceptNoVerdict,
            History: new HistorySettings(options.AnchorReference, options.FailOnCreep));
    }
}
