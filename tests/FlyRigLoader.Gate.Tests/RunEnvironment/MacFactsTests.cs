using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>macOS detection on recorded sysctl, vm_stat, sw_vers, diskutil and system_profiler outputs.</summary>
public sealed class MacFactsTests
{
    [Fact]
    public void An_apple_silicon_laptop_is_read_from_its_own_tools()
    {
        var env = EnvironmentDetector.Detect(RecordedProbe.MacOs("macos-apple-silicon"), "/repo", "default");

        Assert.Equal(new OsInfo("macOS", "macOS 14.6.1 (23G93)", "23.6.0", "Arm64"), env.Os);
        Assert.Equal(new CpuInfo("Apple M2 Pro", 10, 10), env.Cpu);
        Assert.Equal(16, env.Memory.TotalGb, 2);
        // free + inactive = 8192 + 253952 pages of 16 KiB = 4 GiB.
        Assert.Equal(4, env.Memory.AvailableGb!.Value, 2);
        Assert.Equal("SSD", env.StorageType);
        Assert.Equal([2.41, 2.17, 2.05], env.LoadAverage);
        Assert.Equal(new VirtualizationInfo(false, "physical", "sysctl kern.hv_vmm_present=0"), env.Virtualization);
        Assert.False(env.Container.IsContainer);
    }

    [Fact]
    public void A_virtual_mac_falls_back_to_system_profiler_for_the_disk_and_says_it_is_virtualized()
    {
        var env = EnvironmentDetector.Detect(RecordedProbe.MacOs("macos-intel-vm"), "/repo", "default");

        Assert.Equal(new CpuInfo("Intel(R) Xeon(R) CPU E5-2697 v2 @ 2.70GHz", 4, 4), env.Cpu);
        Assert.Equal(14, env.Memory.TotalGb, 2);
        Assert.Equal(5, env.Memory.AvailableGb!.Value, 2);
        Assert.Equal("SSD", env.StorageType);
        Assert.Equal("high", env.StoragePerformanceTier);
        Assert.Equal(new VirtualizationInfo(true, "virtualized", "sysctl kern.hv_vmm_present=1"), env.Virtualization);
        Assert.Equal("macOS 13.6.9 (22G830)", env.Os.Description);
    }

    [Fact]
    public void On_a_hosted_runner_github_actions_names_the_platform()
    {
        var probe = RecordedProbe.MacOs("macos-intel-vm");
        probe.Variables["GITHUB_ACTIONS"] = "true";

        Assert.Equal("github_actions", EnvironmentDetector.Detect(probe, "/repo", "smoke").Virtualization.Platform);
    }

    [Fact]
    public void A_mac_whose_tools_print_nothing_degrades_to_the_runtime_facts()
    {
        var env = EnvironmentDetector.Detect(new FakeProbe { OsFamily = "macOS", OsDescription = "Darwin 23.6.0", ProcessorCount = 8 }, "/repo", "default");

        Assert.Equal(new CpuInfo("unknown", 8, null), env.Cpu);
        Assert.Equal(8, env.Memory.TotalGb);
        Assert.Null(env.Memory.AvailableGb);
        Assert.Equal("unknown", env.StorageType);
        Assert.Null(env.LoadAverage);
        Assert.Equal("Darwin 23.6.0", env.Os.Description);
        Assert.Equal(new VirtualizationInfo(false, "unknown", null), env.Virtualization);
    }

    [Theory]
    [InlineData("   Solid State:               Yes\n", "SSD")]
    [InlineData("   Solid State:               No\n", "HDD")]
    [InlineData("   Solid State:               Info not available\n", "unknown")]
    [InlineData("          Medium Type: Rotational\n", "HDD")]
    [InlineData("          Medium Type: SSD\n", "SSD")]
    [InlineData("", "unknown")]
    public void Storage_reads_diskutil_and_system_profiler(string output, string expected) =>
        Assert.Equal(expected, MacFacts.Storage(output));

    [Fact]
    public void Vm_stat_without_its_page_size_line_gives_no_available_memory()
    {
        var body = string.Join('\n', RecordedProbe.Output("macos-apple-silicon", "vm_stat.txt").Split('\n').Skip(1));

        Assert.Null(MacFacts.AvailableBytes(body));
        Assert.Equal(262_144L * 16_384, MacFacts.AvailableBytes(RecordedProbe.Output("macos-apple-silicon", "vm_stat.txt")));
    }
}
