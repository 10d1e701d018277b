using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Interleaving.Measurement;

namespace FlyRigLoader.Interleaving.Tests.Measurement;

public sealed class InterleavingPlanTests
{
    private static readonly InterleavingSettings Settings = new(BatchMilliseconds: 25, Pairs: 160, MinWarmupMilliseconds: 1500, MaxWarmupMilliseconds: 15000, QuietMilliseconds: 500, MaxMeasureSeconds: 30);

    [Fact]
    public void Pairs_alternate_ABBA_so_neither_build_is_always_first()
    {
        Assert.Equal(['A', 'B'], InterleavingPlan.Order(0));
        Assert.Equal(['B', 'A'], InterleavingPlan.Order(1));
        Assert.Equal(['A', 'B'], InterleavingPlan.Order(2));
    }

    [Fact]
    public void With_B_first_every_pair_is_mirrored_so_B_opens_the_launch()
    {
        Assert.Equal(['B', 'A'], InterleavingPlan.Order(0, bFirst: true));
        Assert.Equal(['A', 'B'], InterleavingPlan.Order(1, bFirst: true));
        Assert.Equal(['B', 'A'], InterleavingPlan.Order(2, bFirst: true));
    }

    [Theory]
    [InlineData(1000, 5000, false)]   // too early, however quiet
    [InlineData(2000, 100, false)]    // JIT still busy
    [InlineData(2000, 500, true)]
    [InlineData(15000, 0, true)]      // the cap
    public void Warmup_ends_when_the_JIT_is_quiet_after_the_minimum_or_at_the_cap(double elapsed, double quiet, bool done) =>
        Assert.Equal(done, InterleavingPlan.WarmupDone(Settings, elapsed, quiet));

    [Theory]
    [InlineData(50_000, 500)]
    [InlineData(1e9, 1)]          // one operation longer than a batch
    [InlineData(0.1, 250_000_000)]
    [InlineData(double.NaN, 1)]
    public void Batches_hold_as_many_operations_as_fit_the_target(double nsPerOp, long expected) =>
        Assert.Equal(expected, InterleavingPlan.Operations(Settings, nsPerOp));

    [Theory]
    [InlineData(50, 160)]
    [InlineData(1000, 30)]       // 30 s budget
    [InlineData(60_000, 6)]      // never below the minimum
    public void Long_operations_get_fewer_pairs_but_never_fewer_than_the_minimum(double pairMs, int expected) =>
        Assert.Equal(expected, InterleavingPlan.Pairs(Settings, pairMs));
}
