using FlyRigLoader.Benchmarks.Transformation;
using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Interleaving.Cases;
using FlyRigLoader.Interleaving.Execution;
using FlyRigLoader.Interleaving.Measurement;

namespace FlyRigLoader.Interleaving.Tests.Measurement;

public sealed class CaseMeasurerTests
{
    private static readonly InterleavingSettings Quick = new(BatchMilliseconds: 1, Pairs: 8, MinWarmupMilliseconds: 1, MaxWarmupMilliseconds: 200, QuietMilliseconds: 1, MaxMeasureSeconds: 30);

    private static CaseInstance Start(string method) =>
        CaseInstance.Start(CaseDiscovery.Find(typeof(SampleBenchmarks).Assembly, "FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks." + method)[0]);

    [Fact]
    public void Measures_both_sides_in_equal_pairs_with_each_sides_own_allocations()
    {
        using var a = Start("Allocate");
        using var b = Start("Nothing");

        var measured = CaseMeasurer.Measure("x", a, b, Quick);

        Assert.Equal(8, measured.A!.SamplesNs.Count);
        Assert.Equal(8, measured.B!.SamplesNs.Count);
        Assert.All(measured.A.SamplesNs.Concat(measured.B.SamplesNs), s => Assert.True(s > 0));
        Assert.InRange(measured.A.AllocatedBytesPerOp, 1024, 1024 + 64);
        Assert.Equal(0, measured.B.AllocatedBytesPerOp);
        Assert.True(measured.OperationsPerBatch >= 1);
    }

    [Fact]
    public void A_case_only_one_build_has_is_measured_on_that_side_alone()
    {
        using var b = Start("Nothing");

        var measured = CaseMeasurer.Measure("x", null, b, Quick);

        Assert.Null(measured.A);
        Assert.Equal(8, measured.B!.SamplesNs.Count);
    }
}
