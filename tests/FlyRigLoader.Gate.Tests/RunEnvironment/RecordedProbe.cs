using FlyRigLoader.Gate.RunEnvironment;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>A macOS or Windows machine whose commands print the recorded outputs of RunEnvironment/Fixtures/&lt;machine&gt;/.</summary>
internal static class RecordedProbe
{
    public static FakeProbe MacOs(string machine)
    {
        var probe = new FakeProbe { OsFamily = "macOS", OsDescription = "Darwin 23.6.0 Darwin Kernel Version 23.6.0", Architecture = "Arm64" };
        Script(probe, machine, "sysctl.txt", "sysctl", MacFacts.SysctlNames);
        Script(probe, machine, "hv_vmm_present.txt", "sysctl", ["-n", MacFacts.HypervisorSysctl]);
        Script(probe, machine, "vm_stat.txt", "vm_stat", []);
        Script(probe, machine, "sw_vers.txt", "sw_vers", []);
        Script(probe, machine, "diskutil-info.txt", "diskutil", ["info", "/"]);
        Script(probe, machine, "system_profiler.txt", "system_profiler", ["SPStorageDataType"]);
        return probe;
    }

    public static FakeProbe Windows(string machine)
    {
        var probe = new FakeProbe { OsFamily = "Windows", OsDescription = "Microsoft Windows 10.0.20348" };
        Script(probe, machine, "processor.txt", WindowsFacts.Shell, WindowsFacts.Arguments(WindowsFacts.ProcessorQuery));
        Script(probe, machine, "operating-system.txt", WindowsFacts.Shell, WindowsFacts.Arguments(WindowsFacts.OperatingSystemQuery));
        Script(probe, machine, "computer-system.txt", WindowsFacts.Shell, WindowsFacts.Arguments(WindowsFacts.ComputerSystemQuery));
        Script(probe, machine, "physical-disk.txt", WindowsFacts.Shell, WindowsFacts.Arguments(WindowsFacts.PhysicalDiskQuery));
        return probe;
    }

    public static string Output(string machine, string file) => File.ReadAllText(Fixture.Path("RunEnvironment", "Fixtures", machine, file));

    // A command without a recording is left out: the probe then answers null, as HostProbe does for a failed command.
    private static void Script(FakeProbe probe, string machine, string file, string fileName, IReadOnlyList<string> arguments)
    {
        if (File.Exists(Fixture.Path("RunEnvironment", "Fixtures", machine, file)))
        {
            probe.Script(fileName, arguments, Output(machine, file));
        }
    }
}
