using System.Globalization;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// macOS facts from its own tools: <c>sysctl</c> (CPU brand, core counts, memory size, kernel release, load average),
/// <c>vm_stat</c> (available memory), <c>sw_vers</c> (product version), <c>diskutil info /</c> and, when that does not say,
/// <c>system_profiler SPStorageDataType</c> (solid state or rotational). Parsing is pure; tests feed recorded outputs.
/// </summary>
internal static class MacFacts
{
    /// <summary>The sysctl names read in one call; all exist on Intel and Apple-silicon macOS 11 and later.</summary>
    public static readonly IReadOnlyList<string> SysctlNames = ["machdep.cpu.brand_string", "hw.ncpu", "hw.physicalcpu", "hw.memsize", "kern.osrelease", "vm.loadavg"];

    /// <summary>Read on its own: an unknown name would fail the whole sysctl call, and older releases lack it.</summary>
    public const string HypervisorSysctl = "kern.hv_vmm_present";

    /// <summary>Runs the tools through <paramref name="probe"/> and parses what they print.</summary>
    public static PlatformFacts Read(IHostProbe probe, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var sysctl = KeyValueText.Pairs(probe.Run("sysctl", SysctlNames, workingDirectory));
        var storage = Storage(probe.Run("diskutil", ["info", "/"], workingDirectory));
        if (storage == "unknown")
        {
            storage = Storage(probe.Run("system_profiler", ["SPStorageDataType"], workingDirectory));
        }

        return new PlatformFacts(
            Description(probe.Run("sw_vers", [], workingDirectory)),
            sysctl.GetValueOrDefault("kern.osrelease"),
            Cpu(sysctl, probe.ProcessorCount),
            Memory(sysctl, probe.Run("vm_stat", [], workingDirectory)),
            storage,
            LoadAverage(sysctl),
            Virtualization(probe.Run("sysctl", ["-n", HypervisorSysctl], workingDirectory)));
    }

    /// <summary>Brand string and core counts from sysctl's <c>name: value</c> lines.</summary>
    public static CpuInfo Cpu(IReadOnlyDictionary<string, string> sysctl, int logicalFallback)
    {
        ArgumentNullException.ThrowIfNull(sysctl);
        var model = sysctl.GetValueOrDefault("machdep.cpu.brand_string");
        return new CpuInfo(
            string.IsNullOrWhiteSpace(model) ? "unknown" : model,
            Int(sysctl, "hw.ncpu") ?? logicalFallback,
            Int(sysctl, "hw.physicalcpu"));
    }

    /// <summary>
    /// Total from <c>hw.memsize</c> (bytes); available as psutil computes it on macOS, free + inactive pages, from
    /// <c>vm_stat</c> and the page size its first line states.
    /// </summary>
    public static MemoryInfo? Memory(IReadOnlyDictionary<string, string> sysctl, string? vmStat)
    {
        ArgumentNullException.ThrowIfNull(sysctl);
        if (!long.TryParse(sysctl.GetValueOrDefault("hw.memsize"), NumberStyles.None, CultureInfo.InvariantCulture, out var total))
        {
            return null;
        }

        return new MemoryInfo(Gib(total), AvailableBytes(vmStat) is { } available ? Gib(available) : null);
    }

    /// <summary>Free + inactive pages of <c>vm_stat</c> output, in bytes, or null when it cannot be read.</summary>
    public static long? AvailableBytes(string? vmStat)
    {
        // "Mach Virtual Memory Statistics: (page size of 16384 bytes)"
        var header = vmStat?.Split('\n')[0] ?? string.Empty;
        var at = header.IndexOf("page size of ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var size = header[(at + "page size of ".Length)..].Split(' ')[0];
        var pages = KeyValueText.Pairs(vmStat);
        long? Pages(string key) =>
            long.TryParse(pages.GetValueOrDefault(key)?.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var pageSize) && Pages("Pages free") is { } free && Pages("Pages inactive") is { } inactive
            ? (free + inactive) * pageSize
            : null;
    }

    /// <summary><c>vm.loadavg: { 1.52 1.61 1.70 }</c> as three numbers, or null.</summary>
    public static IReadOnlyList<double>? LoadAverage(IReadOnlyDictionary<string, string> sysctl)
    {
        ArgumentNullException.ThrowIfNull(sysctl);
        var text = sysctl.GetValueOrDefault("vm.loadavg")?.Trim('{', '}', ' ');
        return EnvironmentDetector.ParseLoadAverage(text);
    }

    /// <summary>
    /// SSD or HDD from <c>diskutil info</c>'s "Solid State" line or <c>system_profiler SPStorageDataType</c>'s "Medium
    /// Type" line; unknown when neither says (virtual disks often do not).
    /// </summary>
    public static string Storage(string? toolOutput)
    {
        var pairs = KeyValueText.Pairs(toolOutput);
        return (pairs.GetValueOrDefault("Solid State"), pairs.GetValueOrDefault("Medium Type")) switch
        {
            ("Yes", _) or (_, "SSD") => "SSD",
            ("No", _) or (_, "Rotational") => "HDD",
            _ => "unknown",
        };
    }

    /// <summary><c>sw_vers</c> as "macOS 14.6.1 (23G93)", or null.</summary>
    public static string? Description(string? swVers)
    {
        var pairs = KeyValueText.Pairs(swVers);
        if (!pairs.TryGetValue("ProductName", out var name) || !pairs.TryGetValue("ProductVersion", out var version))
        {
            return null;
        }

        return pairs.TryGetValue("BuildVersion", out var build) ? $"{name} {version} ({build})" : $"{name} {version}";
    }

    /// <summary><c>sysctl -n kern.hv_vmm_present</c>: 1 inside a virtual machine (what Apple documents for the check).</summary>
    public static VirtualizationInfo? Virtualization(string? hvVmmPresent) =>
        hvVmmPresent?.Trim() switch
        {
            "1" => new VirtualizationInfo(true, "virtualized", $"sysctl {HypervisorSysctl}=1"),
            "0" => new VirtualizationInfo(false, "physical", $"sysctl {HypervisorSysctl}=0"),
            _ => null,
        };

    private static int? Int(IReadOnlyDictionary<string, string> pairs, string key) =>
        int.TryParse(pairs.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static double Gib(long bytes) => Math.Round(bytes / 1024.0 / 1024 / 1024, 2);
}
