using FlyRigLoader.Gate.Accuracy.Experiments;
using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Accuracy.Run;
using FlyRigLoader.Gate.Accuracy.Trials;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.TestKit;
using NJsonSchema;

namespace FlyRigLoader.Gate.Accuracy.Tests.Run;

public sealed class AccuracyReportBuilderTests
{
    private const string Target = "FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile(Size: small)";

    private static readonly AccuracyMachine Machine = new("Debian GNU/Linux 12", "AMD EPYC", 2, ".NET 10.0.12", "1e437b5d19979a64", "9f6db607402cc7b67e65b6568312ea811930dec0", false);

    private static TrialResult Result(TrialVerdicts? verdicts, string? error = null, TrialVerdicts? confirmed = null, IReadOnlyList<string>? methods = null) =>
        new("20261203T061825Z-9f6db60", new DateTimeOffset(2026, 12, 3, 6, 18, 25, TimeSpan.Zero), 231.44, verdicts is null ? null : 0, [1.2, 1.1, 0.9], [1.4, 1.2, 1.0], verdicts, null, error, confirmed, methods);

    private static TrialVerdicts V(string[]? regression = null, string[]? allocation = null) => new(regression ?? [], [], [], [], allocation ?? [], []);

    /// <summary>A run of every experiment with two trials each, one of them failed; with <paramref name="confirm"/>, the injected ones SUSPECTED at first look.</summary>
    internal static GateAccuracyReport Sample(bool confirm = false)
    {
        var plan = AccuracyPlan.From(new BuildOptions { Trials = 2, Confirm = confirm });
        var trials = new Dictionary<ExperimentKind, List<ExperimentTrial>>();
        foreach (var scheduled in plan.Schedule().Where(t => t.Experiment.Kind != ExperimentKind.Spread))
        {
            var kind = scheduled.Experiment.Kind;
            var verdicts = scheduled.Index == 2 && kind == ExperimentKind.Alloc ? null : kind switch
            {
                ExperimentKind.Inject125 or ExperimentKind.Inject110 or ExperimentKind.Against110 => V(regression: [Target]),
                ExperimentKind.Alloc => V(allocation: [Target]),
                _ => V(),
            };
            var firstLook = confirm && kind == ExperimentKind.Inject125 ? new TrialVerdicts([], [Target], [], [], [], []) : verdicts;
            var single = confirm && TrialScoring.IsSingleRun(kind) && verdicts is not null;
            var outcomes = TrialScoring.Classify(kind, firstLook, plan.Target, []);
            outcomes = single ? TrialScoring.WithConfirmed(kind, outcomes, verdicts, plan.Target, []) : outcomes;
            var result = Result(firstLook, verdicts is null ? "the suite run failed (exit 2)" : null, single ? verdicts : null, single ? (firstLook == verdicts ? [] : ["FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile"]) : null);
            (trials.TryGetValue(kind, out var list) ? list : trials[kind] = []).Add(
                AccuracyReportBuilder.Trial(scheduled.Index, result, outcomes, kind == ExperimentKind.Neighbour ? ["20261203T061825Z-9f6db60"] : []));
        }

        var flavours = new Dictionary<ExperimentKind, Flavour>
        {
            [ExperimentKind.Inject125] = new("inject125", new InjectionSpec(plan.Target, 1.25, 0), new string('a', 64), "/f", "/f/x.dll", "N.T.M", false),
        };
        IReadOnlyList<IReadOnlyDictionary<string, double>> medians = [new Dictionary<string, double> { [Target] = 100 }, new Dictionary<string, double> { [Target] = 103 }];
        var baseline = new AccuracyBaseline("artifacts/accuracy/baselines/x/linux.json", 5, [AccuracyReportBuilder.Trial(1, Result(null), new Dictionary<string, string>(), [])]);
        return AccuracyReportBuilder.Build(
            plan, "20261203T061825Z-9f6db60", new DateTimeOffset(2026, 12, 3, 6, 18, 25, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), 9695.37,
            Machine, baseline, flavours, trials, medians, ["alloc trial 2: the suite run failed (exit 2)"]);
    }

    [Fact]
    public async Task The_report_satisfies_its_schema_and_reads_back()
    {
        var report = Sample();
        var json = GateAccuracyFile.Serialize(report);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "gate-accuracy.schema.json"));

        Assert.Empty(schema.Validate(json));

        using var dir = new TempDirectory();
        var path = dir.Write(GateAccuracyFile.FileName(report.RunId), json);
        var read = GateAccuracyFile.Read(path);
        Assert.Equal(report.RunId, read.RunId);
        Assert.Equal(report.Experiments.Select(e => e.Name), read.Experiments.Select(e => e.Name));
        Assert.Equal([1.2, 1.1, 0.9], read.Experiments[1].Trials[0].LoadAverageStart);
        Assert.Equal(report.Spread!.MedianSd, read.Spread!.MedianSd);
        Assert.Equal(report.Experiments[4].Scores[0].Outcomes, read.Experiments[4].Scores[0].Outcomes);
    }

    [Fact]
    public async Task The_schema_rejects_a_report_missing_its_trials_or_with_an_unknown_experiment()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "gate-accuracy.schema.json"));
        var json = GateAccuracyFile.Serialize(Sample());

        Assert.NotEmpty(schema.Validate(json.Replace("\"trials_planned\"", "\"trials_wanted\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(json.Replace("\"name\": \"alloc\"", "\"name\": \"inject150\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_experiment_is_scored_over_its_planned_trials_with_trial_counts_and_verdict_lists()
    {
        var report = Sample();

        Assert.Equal(["spread", "aa", "inject125", "inject110", "alloc", "neighbour", "against-aa", "against110"], report.Experiments.Select(e => e.Name));
        var aa = report.Experiments.Single(e => e.Name == "aa");
        Assert.Equal((4, 4), (aa.TrialsPlanned, aa.Trials.Count));
        Assert.Equal(["no time REGRESSION", "no allocation REGRESSION"], aa.Scores.Select(s => s.Measure));
        var alloc = report.Experiments.Single(e => e.Name == "alloc").Scores.Single();
        Assert.Equal(("1/2", false), (alloc.Observed, alloc.Met));
        Assert.Equal([Target], report.Experiments.Single(e => e.Name == "inject125").Trials[0].Verdicts!.Regression);
        Assert.StartsWith("inject125 x1.25 on N.T.M (aaaaaaaaaaaa)", report.Experiments.Single(e => e.Name == "inject125").Flavour, StringComparison.Ordinal);
        Assert.Equal(["20261203T061825Z-9f6db60"], report.Experiments.Single(e => e.Name == "neighbour").Trials[0].QuietRunIds);
        var spread = report.Experiments[0].Scores.Single();
        Assert.Equal((2, null), (spread.Trials, spread.Successes));
        Assert.Equal((2, 1), (report.Spread!.Runs, report.Spread.Cases));
        Assert.Equal(("2026-12-03T06:18:25Z", 9695.4), (report.Started, report.WallSeconds));
    }

    [Fact]
    public async Task With_confirm_the_report_keeps_the_first_look_and_the_confirmed_verdicts_scores_both_and_satisfies_its_schema()
    {
        var report = Sample(confirm: true);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "schemas", "gate-accuracy.schema.json"));

        Assert.Empty(schema.Validate(GateAccuracyFile.Serialize(report)));
        Assert.True(report.Settings.Confirm);
        var inject = report.Experiments.Single(e => e.Name == "inject125");
        Assert.Equal([Target], inject.Trials[0].Verdicts!.Suspected);
        Assert.Equal([Target], inject.Trials[0].ConfirmedVerdicts!.Regression);
        Assert.Equal(["FlyRigLoader.Benchmarks.Config.ConfigSmokeBenchmarks.LoadFromFile"], inject.Trials[0].ConfirmedMethods);
        Assert.Equal([("0/2", false), ("2/2", true)], inject.Scores.Select(s => (s.Observed, s.Met)));
        Assert.Null(report.Experiments.Single(e => e.Name == "against110").Trials[0].ConfirmedVerdicts);
        Assert.Equal(["no time REGRESSION", "no allocation REGRESSION", "no time REGRESSION, after --confirm", "no allocation REGRESSION, after --confirm"],
            report.Experiments.Single(e => e.Name == "aa").Scores.Select(s => s.Measure));
    }
}
