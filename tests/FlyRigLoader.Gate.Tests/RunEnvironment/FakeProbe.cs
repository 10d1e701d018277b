using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>A scripted machine: files, directories, variables and command outputs from dictionaries.</summary>
internal sealed class FakeProbe : IHostProbe
{
    public string OsFamily { get; init; } = "Linux";
    public string OsDescription { get; init; } = "Linux 6.1";
    public string Architecture { get; init; } = "X64";
    public string RuntimeDescription { get; init; } = ".NET 10.0.12";
    public int ProcessorCount { get; init; } = 2;
    public long GcAvailableMemoryBytes { get; init; } = 8L * 1024 * 1024 * 1024;
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string[]> Directories { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Commands { get; } = new(StringComparer.Ordinal);

    public string? ReadFile(string path) => Files.GetValueOrDefault(path);
    public IReadOnlyList<string> ListDirectory(string path) => Directories.GetValueOrDefault(path) ?? [];
    public string? Env(string name) => Variables.GetValueOrDefault(name);
    public string? Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory) =>
        Commands.GetValueOrDefault(Key(fileName, arguments));

    /// <summary>Scripts what <paramref name="fileName"/> prints for <paramref name="arguments"/> (trimmed, as HostProbe returns it).</summary>
    public void Script(string fileName, IReadOnlyList<string> arguments, string output) => Commands[Key(fileName, arguments)] = output.Trim();

    private static string Key(string fileName, IReadOnlyList<string> arguments) => fileName + " " + string.Join(' ', arguments);

    public static FakeProbe TypicalCiRunner()
    {
        var p = new FakeProbe();
        p.Files["/proc/cpuinfo"] = "processor\t: 0\nmodel name\t: AMD EPYC 7763 64-Core Processor\nphysical id\t: 0\ncore id\t: 0\nflags\t\t: fpu sse hypervisor avx2\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 7763 64-Core Processor\nphysical id\t: 0\ncore id\t: 0\nflags\t\t: fpu sse hypervisor avx2\n";
        p.Files["/proc/meminfo"] = "MemTotal:        8130360 kB\nMemFree:          123456 kB\nMemAvailable:    7130360 kB\n";
        p.Files["/proc/loadavg"] = "0.52 0.41 0.30 1/234 5678\n";
        p.Files["/proc/sys/kernel/osrelease"] = "6.5.0-1025-azure\n";
        p.Files["/etc/os-release"] = "NAME=\"Ubuntu\"\nPRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\n";
        p.Files["/sys/class/dmi/id/sys_vendor"] = "Microsoft Corporation\n";
        p.Files["/sys/block/sda/queue/rotational"] = "0\n";
        p.Files["/sys/block/loop0/queue/rotational"] = "1\n";
        p.Directories["/sys/block"] = ["loop0", "sda"];
        p.Files["/repo/Directory.Packages.props"] = "<Project><ItemGroup><PackageVersion Include=\"BenchmarkDotNet\" Version=\"0.15.8\" /></ItemGroup></Project>";
        p.Commands["dotnet --version"] = "10.0.401";
        p.Commands["git rev-parse HEAD"] = "0123456789abcdef0123456789abcdef01234567";
        p.Commands["git rev-parse --abbrev-ref HEAD"] = "main";
        p.Commands["git status --porcelain --untracked-files=no -- . :(exclude)artifacts :(exclude)baselines"] = "";
        return p;
    }
}
