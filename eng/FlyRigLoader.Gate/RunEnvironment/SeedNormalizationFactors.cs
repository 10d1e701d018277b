namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// The Python original's fixed normalization factors (4-core baseline, −20 % when virtualized, HDD × 0.3, …),
/// reported only for comparison: the gate normalizes by measured calibration instead.
/// </summary>
/// <param name="CpuPerformance">cores / 4, × 0.8 virtualized, × 1.05 macOS.</param>
/// <param name="MemoryPerformance">Always 1.</param>
/// <param name="IoPerformance">× 1.1 Windows, × 0.3 HDD.</param>
/// <param name="Overall">0.6 cpu + 0.2 memory + 0.2 io.</param>
public sealed record SeedNormalizationFactors(double CpuPerformance, double MemoryPerformance, double IoPerformance, double Overall)
{
    /// <summary>Logical cores of the seed's reference machine.</summary>
    public const int BaselineCores = 4;

    /// <summary>CPU factor of a virtualized machine (the seed's 20 % virtualization overhead).</summary>
    public const double VirtualizedCpu = 0.8;

    /// <summary>I/O factor on Windows.</summary>
    public const double WindowsIo = 1.1;

    /// <summary>CPU factor on macOS.</summary>
    public const double MacCpu = 1.05;

    /// <summary>I/O factor on a hard disk.</summary>
    public const double HddIo = 0.3;

    /// <summary>The seed's formula, verbatim in intent.</summary>
    public static SeedNormalizationFactors Compute(int logicalCores, bool virtualized, string osFamily, string storageType)
    {
        var cpu = logicalCores / (double)BaselineCores;
        if (virtualized)
        {
            cpu *= VirtualizedCpu;
        }

        var io = 1.0;
        if (osFamily == "Windows")
        {
            io *= WindowsIo;
        }
        else if (osFamily == "macOS")
        {
            cpu *= MacCpu;
        }

        if (storageType == "HDD")
        {
            io *= HddIo;
        }

        return new SeedNormalizationFactors(cpu, 1.0, io, (cpu * 0.6) + (1.0 * 0.2) + (io * 0.2));
    }
}
