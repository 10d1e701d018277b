using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Interference;

/// <summary>Which launches a case's statistics leave out because the host memory probe read a burst there.</summary>
public sealed class QuietLaunchesTests
{
    private static BenchmarkResult Case(string name, double sampleNs, double? probeMs) =>
        new(name, "T", name, null, "config", [sampleNs, sampleNs, sampleNs], 100, true, null,
            LaunchThreadTimes: [new ThreadTimeUse(0.99, 0.0, probeMs)]);

    // Three launches of two cases: the host burst covered launch 2 of A (1.8x slower, probe +33 %); B stayed quiet.
    private static readonly IReadOnlyList<IReadOnlyList<BenchmarkResult>> Run =
    [
        [Case("A", 50_000, 0.30), Case("B", 1_000, 0.31)],
        [Case("A", 90_000, 0.40), Case("B", 1_010, 0.30)],
        [Case("B", 990, 0.32), Case("A", 51_000, 0.30)],
    ];

    [Fact]
    public void A_launch_whose_probe_read_a_burst_is_set_aside_and_the_case_is_pooled_from_its_quiet_launches()
    {
        var aside = QuietLaunches.SetAside(Run, 0.25);

        Assert.Equal(["A"], aside.Keys);
        Assert.Equal([1], aside["A"]);
        var a = LaunchPooling.Pool(Run, aside).Single(r => r.FullName == "A");
        Assert.Equal([50_000, 50_000, 50_000, 51_000, 51_000, 51_000], a.SamplesNs);
        Assert.Equal([50_000, 90_000, 51_000], a.LaunchMediansNs!);
        Assert.Equal([1], a.SetAsideLaunches!);
        Assert.Equal(3, a.LaunchThreadTimes!.Count);
        Assert.Null(LaunchPooling.Pool(Run, aside).Single(r => r.FullName == "B").SetAsideLaunches);
    }

    [Fact]
    public void A_case_keeps_every_launch_when_the_bursts_would_leave_fewer_than_two()
    {
        IReadOnlyList<IReadOnlyList<BenchmarkResult>> run =
        [
            [Case("A", 90_000, 0.40), Case("B", 1_000, 0.30), Case("C", 5, 0.30)],
            [Case("A", 92_000, 0.41), Case("B", 1_000, 0.30), Case("C", 5, 0.31)],
            [Case("A", 50_000, 0.30), Case("B", 1_000, 0.30), Case("C", 5, 0.30)],
        ];

        Assert.Empty(QuietLaunches.SetAside(run, 0.25));
        Assert.Equal(["A"], QuietLaunches.SetAside(run, 0.25, minQuiet: 1).Keys);
    }

    [Fact]
    public void Nothing_is_set_aside_with_the_witness_off_or_without_probe_readings()
    {
        Assert.Empty(QuietLaunches.SetAside(Run, 0));
        IReadOnlyList<IReadOnlyList<BenchmarkResult>> unprobed = [.. Run.Select(l => (IReadOnlyList<BenchmarkResult>)[.. l.Select(r => r with { LaunchThreadTimes = null })])];
        Assert.Empty(QuietLaunches.SetAside(unprobed, 0.25));
        Assert.Null(LaunchPooling.Pool(Run).Single(r => r.FullName == "A").SetAsideLaunches);
    }
}
