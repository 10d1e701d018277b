using FlyRigLoader.Gate.Core.History;

namespace FlyRigLoader.Gate.Core.Tests.History;

/// <summary>Creep against an anchor: small steps that each pass add up to a verdict; noise alone does not.</summary>
public sealed class CreepRuleTests
{
    private const double Threshold = 0.15;
    private const double NoiseFloor = 0.01;

    [Fact]
    public void Five_pull_requests_of_four_percent_each_pass_one_by_one_and_end_in_creep()
    {
        var creep = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var history = Runs(seed, sigma: 0.03, steps: Enumerable.Repeat(1.04, 5));
            for (var pr = 1; pr < history.Count; pr++)
            {
                // The per-change comparison (run against its predecessor) never reaches the threshold.
                Assert.Equal(CreepStatus.NoCreep, CreepRule.Judge(history[pr - 1], history[pr], RunNoise.Estimate(history[..pr], NoiseFloor), Threshold).Status);
            }

            var verdict = CreepRule.Judge(history[0], history[^1], RunNoise.Estimate(history, NoiseFloor), Threshold);
            creep += verdict.Status == CreepStatus.Creep ? 1 : 0;
        }

        Assert.True(creep >= 19, $"CREEP in {creep}/20 histories");
    }

    [Fact]
    public void A_flat_history_never_creeps()
    {
        var verdicts = Enumerable.Range(0, 50).Select(seed => Runs(seed, sigma: 0.03, steps: Enumerable.Repeat(1.0, 10)))
            .Select(h => CreepRule.Judge(h[0], h[^1], RunNoise.Estimate(h, NoiseFloor), Threshold).Status).ToList();

        Assert.DoesNotContain(CreepStatus.Creep, verdicts);
    }

    [Fact]
    public void Between_run_noise_as_large_as_todays_keeps_a_twenty_percent_rise_at_suspected()
    {
        var anchor = Point(1e6);
        var current = Point(1.2e6);

        var verdict = CreepRule.Judge(anchor, current, runNoise: 0.16, Threshold);

        Assert.Equal(CreepStatus.CreepSuspected, verdict.Status);
        Assert.True(verdict.Lower < 1 && verdict.Upper > 1.2);
    }

    [Fact]
    public void Interval_is_the_normal_interval_of_the_log_ratio()
    {
        // Within-run terms: (1.2533·0.05)²/16 each; between-run: 2·0.02². z(0.975) = 1.95996.
        var verdict = CreepRule.Judge(Point(1e6), Point(1.3e6), runNoise: 0.02, Threshold);
        var half = 1.959964 * Math.Sqrt((2 * Math.Pow(1.2533 * 0.05, 2) / 16) + (2 * 0.02 * 0.02));

        Assert.Equal(1.3, verdict.Ratio, 9);
        Assert.Equal(Math.Exp(Math.Log(1.3) - half), verdict.Lower, 6);
        Assert.Equal(Math.Exp(Math.Log(1.3) + half), verdict.Upper, 6);
        Assert.Equal(CreepStatus.Creep, verdict.Status);
    }

    [Fact]
    public void Faster_than_the_anchor_is_no_creep() =>
        Assert.Equal(CreepStatus.NoCreep, CreepRule.Judge(Point(1e6), Point(0.5e6), 0.02, Threshold).Status);

    [Fact]
    public void Run_noise_is_the_robust_spread_of_successive_log_differences()
    {
        // |log differences| = ln 1.1 twice: MAD = ln 1.1, σ = 1.4826·ln 1.1 / √2.
        var history = new[] { Point(1e6), Point(1.1e6), Point(1e6) };

        Assert.Equal(1.4826 * Math.Log(1.1) / Math.Sqrt(2), RunNoise.Estimate(history, 0.0), 9);
        Assert.Equal(0.05, RunNoise.Estimate(history[..2], 0.05));
        Assert.Equal(0.5, RunNoise.Estimate(history, 0.5));
    }

    [Fact]
    public void Non_positive_medians_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CreepRule.Judge(Point(0), Point(1), 0.02, Threshold));

    private static HistoryPoint Point(double median) => new("0123456", DateTimeOffset.UnixEpoch, median, 0.05, 16);

    private static List<HistoryPoint> Runs(int seed, double sigma, IEnumerable<double> steps)
    {
        var random = new Random(seed);
        var level = 1e6;
        var runs = new List<HistoryPoint> { Point(level * Math.Exp(sigma * Normal(random))) };
        foreach (var step in steps)
        {
            level *= step;
            runs.Add(Point(level * Math.Exp(sigma * Normal(random))));
        }

        return runs;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
