using System.Globalization;
using System.Xml.Linq;
using FlyRigLoader.Gate.Commands;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Detects <see cref="EnvironmentInfo"/> through an <see cref="IHostProbe"/>; each fact degrades to "unknown" rather than failing.</summary>
internal static class EnvironmentDetector
{
    private static readonly (string Marker, string Platform)[] Hypervisors =
        [("kvm", "kvm"), ("qemu", "kvm"), ("vmware", "vmware"), ("virtualbox", "virtualbox"), ("xen", "xen"), ("microsoft corporation", "hyper-v"), ("amazon ec2", "kvm"), ("google compute engine", "kvm")];

    private static readonly string[] DmiFiles = ["/sys/class/dmi/id/sys_vendor", "/sys/class/dmi/id/product_name"];

    private static readonly string[] ContainerCgroupMarkers = ["docker", "kubepods", "containerd", "lxc"];

    /// <summary>Detects everything for a run of <paramref name="profile"/> in the repository at <paramref name="repoRoot"/>.</summary>
    public static EnvironmentInfo Detect(IHostProbe probe, string repoRoot, string profile)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var platform = probe.OsFamily switch
        {
            "Linux" => LinuxFacts(probe),
            "macOS" => MacFacts.Read(probe, repoRoot),
            "Windows" => WindowsFacts.Read(probe, repoRoot),
            _ => new PlatformFacts(null, null, new CpuInfo("unknown", probe.ProcessorCount, null), null, "unknown", null, null),
        };
        var os = new OsInfo(probe.OsFamily, platform.Description ?? probe.OsDescription, platform.Kernel, probe.Architecture);
        var cpu = platform.Cpu;
        var memory = platform.Memory ?? new MemoryInfo(Gb(probe.GcAvailableMemoryBytes), null);
        var virtualization = DetectVirtualization(probe, platform.Virtualization);
        var container = DetectContainer(probe);
        var ci = DetectCi(probe.Env);
        var dotnet = new DotnetInfo(probe.RuntimeDescription, probe.Run("dotnet", ["--version"], repoRoot));
        var bdn = BenchmarkDotNetVersion(probe.ReadFile(Path.Combine(repoRoot, "Directory.Packages.props")));
        var git = DetectGit(probe, repoRoot);
        var load = platform.LoadAverage;
        var storage = platform.StorageType;
        var fingerprint = EnvironmentFingerprint.Compute(cpu, dotnet.Runtime, bdn, os);
        return new EnvironmentInfo(os, cpu, memory, virtualization, container, storage, ci, dotnet, bdn, git, load, profile, fingerprint);
    }

    /// <summary>CPU model and core counts from <c>/proc/cpuinfo</c> (physical = distinct (physical id, core id) pairs).</summary>
    public static CpuInfo ParseCpuInfo(string? cpuinfo, int logicalFallback)
    {
        if (string.IsNullOrEmpty(cpuinfo))
        {
            return new CpuInfo("unknown", logicalFallback, null);
        }

        string? model = null;
        var logical = 0;
        var cores = new HashSet<string>(StringComparer.Ordinal);
        var physicalId = "0";
        foreach (var line in cpuinfo.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "processor":
                    logical++;
                    break;
                case "model name" or "Model" or "Hardware" when model is null:
                    model = value;
                    break;
                case "physical id":
                    physicalId = value;
                    break;
                case "core id":
                    cores.Add(physicalId + ":" + value);
                    break;
            }
        }

        return new CpuInfo(model ?? "unknown", logical > 0 ? logical : logicalFallback, cores.Count > 0 ? cores.Count : null);
    }

    /// <summary>MemTotal and MemAvailable from <c>/proc/meminfo</c>, in GiB; null when unreadable.</summary>
    public static MemoryInfo? ParseMemInfo(string? meminfo)
    {
        if (string.IsNullOrEmpty(meminfo))
        {
            return null;
        }

        double? Kb(string key)
        {
            var line = meminfo.Split('\n').FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            var number = line?[(key.Length + 1)..].Trim().Split(' ')[0];
            return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        var total = Kb("MemTotal");
        return total is null ? null : new MemoryInfo(Round(total.Value / 1024 / 1024), Kb("MemAvailable") is { } a ? Round(a / 1024 / 1024) : null);
    }

    /// <summary>The three load averages of <c>/proc/loadavg</c>, or null.</summary>
    public static IReadOnlyList<double>? ParseLoadAverage(string? loadavg)
    {
        var parts = loadavg?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is null || parts.Length < 3)
        {
            return null;
        }

        var values = parts.Take(3).Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        return values.All(double.IsFinite) ? values : null;
    }

    /// <summary>CI provider from well-known variables; generic when only <c>CI=true</c>.</summary>
    public static CiInfo DetectCi(Func<string, string?> env)
    {
        ArgumentNullException.ThrowIfNull(env);
        static bool True(string? v) => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || v == "1";
        if (True(env("GITHUB_ACTIONS")))
        {
            return new CiInfo("github-actions", env("GITHUB_RUN_ID"));
        }

        if (True(env("GITLAB_CI")))
        {
            return new CiInfo("gitlab", env("CI_PIPELINE_ID"));
        }

        if (True(env("TF_BUILD")))
        {
            return new CiInfo("azure-pipelines", env("BUILD_BUILDID"));
        }

        if (!string.IsNullOrEmpty(env("JENKINS_URL")))
        {
            return new CiInfo("jenkins", env("BUILD_NUMBER"));
        }

        return True(env("CI")) ? new CiInfo("generic", null) : new CiInfo("none", null);
    }

    /// <summary>The BenchmarkDotNet version pinned in <c>Directory.Packages.props</c>, or <c>unknown</c>.</summary>
    public static string BenchmarkDotNetVersion(string? packagesProps)
    {
        if (string.IsNullOrEmpty(packagesProps))
        {
            return "unknown";
        }

        try
        {
            return XDocument.Parse(packagesProps).Descendants("PackageVersion")
                .FirstOrDefault(e => string.Equals((string?)e.Attribute("Include"), "BenchmarkDotNet", StringComparison.OrdinalIgnoreCase))
                ?.Attribute("Version")?.Value ?? "unknown";
        }
        catch (System.Xml.XmlException)
        {
            return "unknown";
        }
    }

    /// <summary>The hypervisor a vendor/model text names (Linux DMI, Windows CIM), or null.</summary>
    public static string? HypervisorOf(string vendorAndModel) =>
        Hypervisors.FirstOrDefault(h => vendorAndModel.Contains(h.Marker, StringComparison.OrdinalIgnoreCase)).Platform;

    private static PlatformFacts LinuxFacts(IHostProbe probe) =>
        new(
            OsRelease(probe.ReadFile("/etc/os-release")),
            probe.ReadFile("/proc/sys/kernel/osrelease")?.Trim(),
            ParseCpuInfo(probe.ReadFile("/proc/cpuinfo"), probe.ProcessorCount),
            ParseMemInfo(probe.ReadFile("/proc/meminfo")),
            DetectStorage(probe),
            ParseLoadAverage(probe.ReadFile("/proc/loadavg")),
            null);

    private static VirtualizationInfo DetectVirtualization(IHostProbe probe, VirtualizationInfo? reported)
    {
        if (string.Equals(probe.Env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return new VirtualizationInfo(true, "github_actions", "GITHUB_ACTIONS=true (hosted runners are VMs)");
        }

        var dmi = string.Join(' ', DmiFiles.Select(p => probe.ReadFile(p)?.Trim()).Where(s => !string.IsNullOrEmpty(s)));
        if (HypervisorOf(dmi) is { } platform)
        {
            return new VirtualizationInfo(true, platform, "DMI: " + dmi);
        }

        var flags = probe.ReadFile("/proc/cpuinfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal));
        if (flags is not null && flags.Split(' ').Contains("hypervisor"))
        {
            return new VirtualizationInfo(true, "virtualized", "cpuinfo flag 'hypervisor'");
        }

        return reported ?? new VirtualizationInfo(false, probe.OsFamily == "Linux" ? "physical" : "unknown", null);
    }

    private static ContainerInfo DetectContainer(IHostProbe probe)
    {
        if (!string.IsNullOrEmpty(probe.Env("KUBERNETES_SERVICE_HOST")))
        {
            return new ContainerInfo(true, "kubernetes");
        }

        if (probe.ReadFile("/run/.containerenv") is not null)
        {
            return new ContainerInfo(true, "podman");
        }

        if (probe.ReadFile("/.dockerenv") is not null)
        {
            return new ContainerInfo(true, "docker");
        }

        var cgroup = probe.ReadFile("/proc/1/cgroup") ?? "";
        foreach (var kind in ContainerCgroupMarkers)
        {
            if (cgroup.Contains(kind, StringComparison.Ordinal))
            {
                return new ContainerInfo(true, kind == "kubepods" ? "kubernetes" : kind);
            }
        }

        return new ContainerInfo(false, "none");
    }

    private static string DetectStorage(IHostProbe probe)
    {
        var rotational = probe.ListDirectory("/sys/block")
            .Where(d => !d.StartsWith("loop", StringComparison.Ordinal) && !d.StartsWith("ram", StringComparison.Ordinal) && !d.StartsWith("zram", StringComparison.Ordinal))
            .Select(d => probe.ReadFile($"/sys/block/{d}/queue/rotational")?.Trim())
            .Where(v => v is "0" or "1")
            .ToList();
        return rotational.Count == 0 ? "unknown" : rotational.Contains("0") ? "SSD" : "HDD";
    }

    private static GitInfo DetectGit(IHostProbe probe, string root)
    {
        var sha = probe.Run("git", ["rev-parse", "HEAD"], root);
        if (sha is null)
        {
            return new GitInfo(null, null, false);
        }

        var branch = probe.Run("git", ["rev-parse", "--abbrev-ref", "HEAD"], root);
        var status = probe.Run("git", ["status", "--porcelain", "--untracked-files=no", .. GitWorkTree.DirtyPathspec], root);
        return new GitInfo(sha, branch, !string.IsNullOrEmpty(status));
    }

    private static string? OsRelease(string? release)
    {
        var pretty = release?.Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
        return pretty?["PRETTY_NAME=".Length..].Trim().Trim('"');
    }

    private static double Gb(long bytes) => Round(bytes / 1024.0 / 1024 / 1024);

    private static double Round(double value) => Math.Round(value, 2);
}
