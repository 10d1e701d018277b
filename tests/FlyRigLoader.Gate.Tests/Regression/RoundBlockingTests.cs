using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

public sealed class RoundBlockingTests
{
    // What a shared runner did to each round: both builds' processes of a round see the same load.
    private static readonly double[] Load = [1.0, 1.6, 0.8];

    private static readonly GateConfig Config = new() { BootstrapResamples = 0 };

    private static MeasuredRun Loaded(MeasuredRun run, double factor) =>
        run with { Benchmarks = run.Benchmarks.Select(b => b with { SamplesNs = b.SamplesNs.Select(s => s * factor).ToList() }).ToList() };

    private static (List<MeasuredRun> A, List<MeasuredRun> B) Rounds(IReadOnlyDictionary<string, double>? slowB) =>
        (Load.Select((f, r) => Loaded(Synthetic.Run(10 + r), f)).ToList(),
         Load.Select((f, r) => Loaded(Synthetic.Run(20 + r, slow: slowB), f)).ToList());

    private static RegressionAnalysis Judge(IReadOnlyList<MeasuredRun> a, IReadOnlyList<MeasuredRun> b)
    {
        var baseline = RunPooling.AsBaseline(a, "fp1");
        var (pooled, counts) = RunPooling.Pool(b[0], b.Skip(1).ToList());
        return RegressionAnalyzer.Analyze(new ComparisonInput(baseline.Histories(), pooled.Benchmarks, null, null, true, counts, Interleaved: true), Config);
    }

    private static double Median(MeasuredRun run, string name) => RobustStatistics.Median(run.Benchmarks.Single(b => b.FullName == name).SamplesNs);

    [Fact]
    public void Keeps_each_rounds_B_over_A_ratio_and_removes_what_the_round_did_to_both()
    {
        var (a, b) = Rounds(null);

        var (ba, bb) = RoundBlocking.RemoveRoundEffects(a, b);

        foreach (var name in Synthetic.Names)
        {
            for (var r = 0; r < Load.Length; r++)
            {
                Assert.Equal(Median(b[r], name) / Median(a[r], name), Median(bb[r], name) / Median(ba[r], name), 9);
            }

            var raw = a.Select(x => Median(x, name)).ToList();
            var adjusted = ba.Select(x => Median(x, name)).ToList();
            Assert.True(adjusted.Max() / adjusted.Min() < 1.05, $"{name}: rounds still differ by {adjusted.Max() / adjusted.Min()}");
            Assert.True(raw.Max() / raw.Min() > 1.9);
        }
    }

    [Fact]
    public void One_benchmark_slowed_25_percent_under_a_load_that_swings_60_percent_is_a_regression_only_after_blocking()
    {
        var slow = new Dictionary<string, double> { [Synthetic.Names[2]] = 1.25 };
        var (a, b) = Rounds(slow);

        var raw = Judge(a, b);
        var (ba, bb) = RoundBlocking.RemoveRoundEffects(a, b);
        var blocked = Judge(ba, bb);

        Assert.NotEqual(TimeVerdict.Regression, raw.Comparisons.Single(c => c.FullName == Synthetic.Names[2]).Verdict);
        Assert.Equal([Synthetic.Names[2]], blocked.Comparisons.Where(c => c.Verdict == TimeVerdict.Regression).Select(c => c.FullName));
    }

    [Fact]
    public void A_change_that_slows_every_benchmark_alike_is_not_normalized_away_when_interleaved()
    {
        var all = Synthetic.Names.ToDictionary(n => n, _ => 1.3);
        var (a, b) = RoundBlocking.RemoveRoundEffects(Rounds(null).A, Rounds(all).B);

        var analysis = Judge(a, b);

        Assert.All(analysis.Comparisons, c => Assert.Equal(TimeVerdict.Regression, c.Verdict));
        Assert.False(analysis.Drift.Normalized);
        Assert.Contains("interleaved", analysis.Drift.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_unpaired_rounds()
    {
        var (a, b) = Rounds(null);

        Assert.Throws<ArgumentException>(() => RoundBlocking.RemoveRoundEffects(a, b.Take(2).ToList()));
    }
}
