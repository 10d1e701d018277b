using FlyRigLoader.Benchmarks.HostProbe;

namespace FlyRigLoader.Benchmarks.Tests.HostProbe;

public sealed class MemoryProbeTests
{
    [Fact]
    public void A_case_keeps_the_slower_of_its_two_readings_so_a_burst_at_either_end_shows()
    {
        Assert.Equal(0.78, new MemoryProbeCase(0.61, 0.78).SlowerMs);
        Assert.Equal(0.80, new MemoryProbeCase(0.80, 0.62).SlowerMs);
    }

    [Fact]
    public void A_reading_is_a_positive_time_and_the_diagnoser_records_one_case_between_its_two_signals()
    {
        Assert.True(MemoryProbe.MeasureMs() > 0);
        var metrics = MemoryProbeMetrics.Of(new MemoryProbeCase(0.6, 0.7));

        Assert.Equal("FlyRig.MemoryProbeMs", metrics.Single().Descriptor.Id);
        Assert.Equal(0.7, metrics.Single().Value);
    }
}
