using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>The guide's --environment-analysis lines, checked against its troubleshooting example and the formula.</summary>
public sealed class SeedFactorExplanationTests
{
    [Fact]
    public void A_virtualized_two_core_linux_runner_reads_as_the_guide_troubleshooting_example()
    {
        var lines = SeedFactorExplanation.Lines(2, virtualized: true, "Linux", "SSD");

        // cpu 2/4 x 0.8 = 0.40; overall 0.6 x 0.40 + 0.2 + 0.2 = 0.64.
        Assert.Equal("Environment Normalization Factor: 0.64 (virtualized environment detected; 0.6 cpu + 0.2 memory + 0.2 io)", lines[0]);
        Assert.Equal("CPU cores: 2 (baseline: 4) - factor: 0.50", lines[1]);
        Assert.Equal("Virtualization overhead: 20% - factor: 0.80", lines[2]);
        Assert.Equal("Platform adjustment: none (Linux)", lines[3]);
        Assert.Equal("Storage: SSD - io factor: x1.00", lines[4]);
        Assert.Equal("Resulting factors: cpu 0.40, memory 1.00, io 1.00", lines[5]);
    }

    [Fact]
    public void Windows_on_a_hard_disk_names_both_io_adjustments()
    {
        var lines = SeedFactorExplanation.Lines(8, virtualized: false, "Windows", "HDD");

        Assert.Equal("Virtualization overhead: none - factor: 1.00", lines[2]);
        Assert.Equal("Platform adjustment: Windows I/O overhead - io factor: 1.10", lines[3]);
        Assert.Equal("Storage: HDD - io factor: x0.30", lines[4]);
        // io 1.1 x 0.3 = 0.33.
        Assert.Equal("Resulting factors: cpu 2.00, memory 1.00, io 0.33", lines[5]);
    }

    [Fact]
    public void Mac_os_names_its_cpu_adjustment()
    {
        Assert.Equal("Platform adjustment: macOS - cpu factor: x1.05", SeedFactorExplanation.Lines(4, virtualized: false, "macOS", "SSD")[3]);
    }
}
