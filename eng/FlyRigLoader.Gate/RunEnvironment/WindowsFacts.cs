using System.Globalization;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// Windows facts from CIM (WMI) and the Storage module, through Windows PowerShell (present on every Windows, unlike
/// pwsh): one <c>Format-List</c> per query, parsed purely; tests feed recorded outputs.
/// </summary>
internal static class WindowsFacts
{
    /// <summary>The shell every supported Windows has.</summary>
    public const string Shell = "powershell";

    /// <summary>Processor name and core counts, one block per socket.</summary>
    public const string ProcessorQuery = "Get-CimInstance -ClassName Win32_Processor | Format-List Name,NumberOfCores,NumberOfLogicalProcessors";

    /// <summary>Product name, version and memory (KiB).</summary>
    public const string OperatingSystemQuery = "Get-CimInstance -ClassName Win32_OperatingSystem | Format-List Caption,Version,TotalVisibleMemorySize,FreePhysicalMemory";

    /// <summary>Manufacturer and model: the Windows counterpart of Linux's DMI vendor and product name.</summary>
    public const string ComputerSystemQuery = "Get-CimInstance -ClassName Win32_ComputerSystem | Format-List Manufacturer,Model";

    /// <summary>Media type of each physical disk (SSD, HDD, SCM or Unspecified).</summary>
    public const string PhysicalDiskQuery = "Get-PhysicalDisk | Format-List FriendlyName,MediaType";

    /// <summary>The arguments that run <paramref name="query"/> without profile or prompts.</summary>
    public static IReadOnlyList<string> Arguments(string query) => ["-NoProfile", "-NonInteractive", "-Command", query];

    /// <summary>Runs the queries through <paramref name="probe"/> and parses what they print.</summary>
    public static PlatformFacts Read(IHostProbe probe, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(probe);
        string? Query(string query) => probe.Run(Shell, Arguments(query), workingDirectory);
        var os = KeyValueText.Pairs(Query(OperatingSystemQuery));
        return new PlatformFacts(
            os.TryGetValue("Caption", out var caption) ? caption : null,
            os.GetValueOrDefault("Version"),
            Cpu(Query(ProcessorQuery), probe.Env("PROCESSOR_IDENTIFIER"), probe.ProcessorCount),
            Memory(os),
            Storage(Query(PhysicalDiskQuery)),
            null,
            Virtualization(Query(ComputerSystemQuery)));
    }

    /// <summary>Name of the first processor, cores summed over sockets; the PROCESSOR_IDENTIFIER variable when CIM says nothing.</summary>
    public static CpuInfo Cpu(string? processorList, string? processorIdentifier, int logicalFallback)
    {
        var sockets = KeyValueText.Blocks(processorList).Where(b => b.ContainsKey("Name")).ToList();
        var model = sockets.Select(b => b["Name"]).FirstOrDefault(n => n.Length > 0) ?? processorIdentifier ?? "unknown";
        var logical = Sum(sockets, "NumberOfLogicalProcessors");
        var physical = Sum(sockets, "NumberOfCores");
        return new CpuInfo(model, logical ?? logicalFallback, physical);
    }

    /// <summary>TotalVisibleMemorySize and FreePhysicalMemory (KiB) of Win32_OperatingSystem, in GiB; null when absent.</summary>
    public static MemoryInfo? Memory(IReadOnlyDictionary<string, string> operatingSystem)
    {
        ArgumentNullException.ThrowIfNull(operatingSystem);
        double? Kib(string key) =>
            double.TryParse(operatingSystem.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? Math.Round(v / 1024 / 1024, 2) : null;
        return Kib("TotalVisibleMemorySize") is { } total ? new MemoryInfo(total, Kib("FreePhysicalMemory")) : null;
    }

    /// <summary>SSD when any physical disk says SSD (or SCM), HDD when every disk that says anything says HDD, else unknown (Azure disks say Unspecified).</summary>
    public static string Storage(string? physicalDiskList)
    {
        var media = KeyValueText.Blocks(physicalDiskList)
            .Select(b => b.GetValueOrDefault("MediaType"))
            .Where(m => m is "SSD" or "SCM" or "HDD")
            .ToList();
        return media.Count == 0 ? "unknown" : media.Any(m => m is "SSD" or "SCM") ? "SSD" : "HDD";
    }

    /// <summary>
    /// Manufacturer and model matched against the hypervisor markers Linux's DMI check uses. Win32_ComputerSystem's
    /// HypervisorPresent is not evidence: it is also true on a physical host running Hyper-V or virtualization-based security.
    /// </summary>
    public static VirtualizationInfo? Virtualization(string? computerSystemList)
    {
        var system = KeyValueText.Pairs(computerSystemList);
        var text = string.Join(' ', new[] { system.GetValueOrDefault("Manufacturer"), system.GetValueOrDefault("Model") }.Where(s => !string.IsNullOrEmpty(s)));
        if (text.Length == 0)
        {
            return null;
        }

        // A physical Surface also says "Microsoft Corporation"; only its Hyper-V guests say "Virtual Machine".
        var platform = EnvironmentDetector.HypervisorOf(text);
        return platform is null || (platform == "hyper-v" && !text.Contains("Virtual Machine", StringComparison.OrdinalIgnoreCase))
            ? new VirtualizationInfo(false, "physical", "CIM: " + text)
            : new VirtualizationInfo(true, platform, "CIM: " + text);
    }

    private static int? Sum(IReadOnlyList<IReadOnlyDictionary<string, string>> blocks, string key)
    {
        var values = blocks.Select(b => int.TryParse(b.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        return values.Count > 0 && values.All(v => v > 0) ? values.Sum() : null;
    }
}
