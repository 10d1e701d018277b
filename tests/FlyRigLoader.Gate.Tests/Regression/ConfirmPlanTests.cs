using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class ConfirmPlanTests
{
    private static readonly GateConfig Config = new() { BootstrapResamples = 0 };

    [Fact]
    public void Doubtful_are_the_failing_and_the_suspected_benchmarks()
    {
        var current = Synthetic.Run(40, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.5, [Synthetic.Names[1]] = 1.08 });
        var analysis = RegressionAnalyzer.Analyze(new ComparisonInput(Synthetic.Baseline().Histories(), current.Benchmarks, 1e6, 1e6, true), Config);

        Assert.Equal(TimeVerdict.Regression, analysis.Comparisons.Single(c => c.FullName == Synthetic.Names[0]).Verdict);
        Assert.Equal(TimeVerdict.Suspected, analysis.Comparisons.Single(c => c.FullName == Synthetic.Names[1]).Verdict);
        Assert.Equal([Synthetic.Names[0], Synthetic.Names[1]], ConfirmPlan.Doubtful(analysis).Order(StringComparer.Ordinal));
        Assert.Equal([Synthetic.Names[0]], ConfirmPlan.Failing(analysis));
        Assert.Empty(ConfirmPlan.Doubtful(null));
    }

    [Fact]
    public void Unsure_are_the_methods_of_the_suspected_benchmarks_only_not_the_failing_ones()
    {
        var current = Synthetic.Run(40, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.5, [Synthetic.Names[1]] = 1.08 });
        var analysis = RegressionAnalyzer.Analyze(new ComparisonInput(Synthetic.Baseline().Histories(), current.Benchmarks, 1e6, 1e6, true), Config);
        var twoCases = analysis with
        {
            Comparisons = [.. analysis.Comparisons, analysis.Comparisons.Single(c => c.FullName == Synthetic.Names[1]) with { FullName = Synthetic.Names[1] + "(Rows: 10)" }],
        };

        Assert.Equal([ConfirmPlan.FilterFor(Synthetic.Names[1])], ConfirmPlan.Unsure(twoCases));
        Assert.Empty(ConfirmPlan.Unsure(null));
    }

    [Fact]
    public void A_side_by_side_regression_is_settled_by_a_re_measure_once_and_then_stands()
    {
        var current = Synthetic.Run(40, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.5, [Synthetic.Names[2]] = 1.08 });
        var analysis = RegressionAnalyzer.Analyze(new ComparisonInput(Synthetic.Baseline().Histories(), current.Benchmarks, 1e6, 1e6, true), Config);
        var failing = ConfirmPlan.FilterFor(Synthetic.Names[0]);
        var suspected = ConfirmPlan.FilterFor(Synthetic.Names[2]);
        Assert.Equal(TimeVerdict.Suspected, analysis.Comparisons.Single(c => c.FullName == Synthetic.Names[2]).Verdict);

        Assert.Equal([failing, suspected], ConfirmPlan.ToSettle(analysis, []).Order(StringComparer.Ordinal));
        Assert.Equal([suspected], ConfirmPlan.ToSettle(analysis, [failing]));
        Assert.Equal([suspected], ConfirmPlan.ToSettle(analysis, [failing, suspected]));
        Assert.Empty(ConfirmPlan.ToSettle(null, []));
    }

    [Fact]
    public void A_side_by_side_improvement_is_settled_by_a_re_measure_too()
    {
        var current = Synthetic.Run(40, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 0.5 });
        var analysis = RegressionAnalyzer.Analyze(new ComparisonInput(Synthetic.Baseline().Histories(), current.Benchmarks, 1e6, 1e6, true), Config);
        var faster = ConfirmPlan.FilterFor(Synthetic.Names[0]);

        Assert.Equal(TimeVerdict.Improvement, analysis.Comparisons.Single(c => c.FullName == Synthetic.Names[0]).Verdict);
        Assert.Equal([faster], ConfirmPlan.ToSettle(analysis, []));
        Assert.Empty(ConfirmPlan.ToSettle(analysis, [faster]));
    }

    [Fact]
    public void Against_an_incomparable_baseline_every_selected_method_is_measured_once()
    {
        var current = Synthetic.Run(1);
        current = current with { Benchmarks = [.. current.Benchmarks, current.Benchmarks[0] with { FullName = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.Load(SizeMb: 100)" }] };

        var methods = ConfirmPlan.Selected(current);

        Assert.Equal(
            ["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall", "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.Load",
             "FlyRigLoader.Benchmarks.Discovery.DiscoveryBenchmarks.Discover", "FlyRigLoader.Benchmarks.Transformation.BuildBenchmarks.Build"],
            methods);
    }

    [Fact]
    public void An_inconclusive_verdict_is_doubtful_so_confirm_measures_it_afresh_but_it_is_not_failing()
    {
        var current = Synthetic.Run(40, slow: new Dictionary<string, double> { [Synthetic.Names[0]] = 1.5 });
        var analysis = InterferedVerdicts.Apply(
            RegressionAnalyzer.Analyze(new ComparisonInput(Synthetic.Baseline().Histories(), current.Benchmarks, 1e6, 1e6, true), Config),
            new Dictionary<string, string> { [Synthetic.Names[0]] = "launch 2: busy" });

        Assert.Equal([Synthetic.Names[0]], ConfirmPlan.Doubtful(analysis));
        Assert.Empty(ConfirmPlan.Failing(analysis));
    }

    [Fact]
    public void The_commit_is_that_of_the_newest_baseline_run_that_records_one()
    {
        var file = Synthetic.Baseline(3);
        var newest = file.Runs.MaxBy(r => r.Provenance.Date)!;
        var runs = file.Runs.Select(r => r == newest ? r with { Provenance = r.Provenance with { GitSha = null } } : r)
            .Select((r, i) => r.Provenance.GitSha is null ? r : r with { Provenance = r.Provenance with { GitSha = "sha" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) } }).ToList();
        var expected = runs.Where(r => r.Provenance.GitSha is not null).MaxBy(r => r.Provenance.Date)!.Provenance.GitSha;

        Assert.Equal(expected, ConfirmPlan.BaselineCommit(new LoadedBaseline(file with { Runs = runs }, "b.json", true)));
    }

    [Fact]
    public void An_in_memory_A_B_baseline_or_one_without_commits_gives_none()
    {
        var file = Synthetic.Baseline(2);
        var anonymous = file with { Runs = file.Runs.Select(r => r with { Provenance = r.Provenance with { GitSha = " " } }).ToList() };

        Assert.Null(ConfirmPlan.BaselineCommit(new LoadedBaseline(file, "ab", true, Interleaved: true)));
        Assert.Null(ConfirmPlan.BaselineCommit(new LoadedBaseline(anonymous, "b.json", true)));
        Assert.Null(ConfirmPlan.BaselineCommit(null));
    }

    [Fact]
    public void An_A_B_run_measures_each_flagged_method_once_whatever_its_parameter_cases()
    {
        Assert.Equal(
            ["N.Config.Load", "N.Pickle.Read"],
            ConfirmPlan.Methods(["N.Config.Load(Size: small)", "N.Pickle.Read(SizeMb: 1)", "N.Config.Load(Size: large)", "N.Pickle.Read"]));
        Assert.Empty(ConfirmPlan.Methods([]));
    }
}
