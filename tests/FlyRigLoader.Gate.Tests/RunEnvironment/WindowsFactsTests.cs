using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>Windows detection on recorded CIM and Get-PhysicalDisk outputs (Format-List, CRLF, as Windows PowerShell prints them).</summary>
public sealed class WindowsFactsTests
{
    [Fact]
    public void A_hyper_v_guest_is_read_from_cim()
    {
        var env = EnvironmentDetector.Detect(RecordedProbe.Windows("windows-hyperv-vm"), "/repo", "default");

        Assert.Equal(new OsInfo("Windows", "Microsoft Windows Server 2022 Datacenter", "10.0.20348", "X64"), env.Os);
        Assert.Equal(new CpuInfo("Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz", 4, 2), env.Cpu);
        Assert.Equal(16, env.Memory.TotalGb, 2);
        Assert.Equal(11.32, env.Memory.AvailableGb!.Value, 2);
        // Azure's virtual disks report MediaType Unspecified: unknown, not a guess.
        Assert.Equal("unknown", env.StorageType);
        Assert.Equal("standard", env.StoragePerformanceTier);
        Assert.Equal(new VirtualizationInfo(true, "hyper-v", "CIM: Microsoft Corporation Virtual Machine"), env.Virtualization);
        Assert.Null(env.LoadAverage);
    }

    [Fact]
    public void A_workstation_with_an_ssd_and_an_hdd_counts_as_ssd_and_physical()
    {
        var env = EnvironmentDetector.Detect(RecordedProbe.Windows("windows-workstation"), "/repo", "default");

        Assert.Equal(new CpuInfo("13th Gen Intel(R) Core(TM) i7-13700", 24, 16), env.Cpu);
        Assert.Equal(31.74, env.Memory.TotalGb, 2);
        Assert.Equal(18.25, env.Memory.AvailableGb!.Value, 2);
        Assert.Equal("SSD", env.StorageType);
        Assert.Equal("high", env.StoragePerformanceTier);
        Assert.Equal(new VirtualizationInfo(false, "physical", "CIM: Dell Inc. OptiPlex 7010"), env.Virtualization);
        Assert.Equal("Microsoft Windows 11 Pro", env.Os.Description);
    }

    [Fact]
    public void Cores_are_summed_over_sockets()
    {
        const string TwoSockets = "\r\n\r\nName                      : Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz\r\nNumberOfCores             : 20\r\nNumberOfLogicalProcessors : 40\r\n\r\nName                      : Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz\r\nNumberOfCores             : 20\r\nNumberOfLogicalProcessors : 40\r\n\r\n";

        Assert.Equal(new CpuInfo("Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", 80, 40), WindowsFacts.Cpu(TwoSockets, null, 4));
    }

    [Fact]
    public void Without_cim_the_processor_variable_and_the_gc_figure_stand_in()
    {
        var probe = new FakeProbe { OsFamily = "Windows", OsDescription = "Microsoft Windows 10.0.22631", ProcessorCount = 6 };
        probe.Variables["PROCESSOR_IDENTIFIER"] = "Intel64 Family 6 Model 183 Stepping 1, GenuineIntel";

        var env = EnvironmentDetector.Detect(probe, "/repo", "default");

        Assert.Equal(new CpuInfo("Intel64 Family 6 Model 183 Stepping 1, GenuineIntel", 6, null), env.Cpu);
        Assert.Equal(8, env.Memory.TotalGb);
        Assert.Equal("unknown", env.StorageType);
        Assert.Equal("Microsoft Windows 10.0.22631", env.Os.Description);
        Assert.Equal(new VirtualizationInfo(false, "unknown", null), env.Virtualization);
    }

    [Fact]
    public void A_physical_microsoft_device_is_not_taken_for_hyper_v() =>
        Assert.Equal(
            new VirtualizationInfo(false, "physical", "CIM: Microsoft Corporation Surface Laptop 5"),
            WindowsFacts.Virtualization("\r\nManufacturer : Microsoft Corporation\r\nModel        : Surface Laptop 5\r\n"));

    [Theory]
    [InlineData("MediaType : HDD\r\n\r\nMediaType : HDD\r\n", "HDD")]
    [InlineData("MediaType : HDD\r\n\r\nMediaType : Unspecified\r\n", "HDD")]
    [InlineData("MediaType : SCM\r\n", "SSD")]
    [InlineData("MediaType : Unspecified\r\n", "unknown")]
    public void Storage_reads_the_media_type_of_every_disk(string output, string expected) =>
        Assert.Equal(expected, WindowsFacts.Storage(output));
}
