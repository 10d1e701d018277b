using FlyRigLoader.Gate.Calibration;

namespace FlyRigLoader.Gate.Tests.Calibration;

public sealed class CalibrationProbeTests
{
    [Fact]
    public void Calibration_speed_factor_is_weighted_geometric_ratio()
    {
        Assert.Equal(1.0, CalibrationReference.SpeedFactor(10, 20, 30, 10, 20, 30), 12);
        // Twice as slow everywhere → half the speed.
        Assert.Equal(0.5, CalibrationReference.SpeedFactor(20, 40, 60, 10, 20, 30), 12);
        // Only CPU twice as fast: 2^0.6.
        Assert.Equal(Math.Pow(2, 0.6), CalibrationReference.SpeedFactor(5, 20, 30, 10, 20, 30), 12);
    }

    [Fact]
    public void Cpu_factor_is_the_reference_cpu_time_over_this_one()
    {
        Assert.Equal(1.5, CalibrationReference.CpuFactor(8, 12), 12);
        // A probe 20 % slower after the launches reads as a -1/6 shift of the factor.
        Assert.Equal(-1.0 / 6, (CalibrationReference.CpuFactor(12) / CalibrationReference.CpuFactor(10)) - 1, 12);
    }

    [Fact]
    public void A_run_times_every_probe_and_removes_its_scratch_directory()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "calibration-probe-" + Guid.NewGuid().ToString("N"));

        var result = CalibrationRunner.Run(scratch, repetitions: 3);

        Assert.All(new[] { result.CpuMs, result.MemoryMs, result.IoMs }, ms => Assert.True(ms > 0 && double.IsFinite(ms)));
        Assert.Equal(3, result.Repetitions);
        Assert.Equal(CalibrationReference.SpeedFactor(result.CpuMs, result.MemoryMs, result.IoMs), result.SpeedFactor, 12);
        Assert.False(Directory.Exists(scratch));
    }
}
