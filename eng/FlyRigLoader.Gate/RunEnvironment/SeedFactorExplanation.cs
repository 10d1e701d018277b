using System.Globalization;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// The suite guide's <c>--environment-analysis</c> lines ("CPU cores: 2 (baseline: 4) - factor: 0.5", the
/// virtualization overhead, …) for <see cref="SeedNormalizationFactors"/>: a user migrating from the guide checks its
/// troubleshooting step against these, so each factor the formula applied is named with its reason.
/// </summary>
internal static class SeedFactorExplanation
{
    /// <summary>One line per factor of the guide's formula, the overall factor first.</summary>
    public static IReadOnlyList<string> Lines(int logicalCores, bool virtualized, string osFamily, string storageType)
    {
        ArgumentNullException.ThrowIfNull(osFamily);
        ArgumentNullException.ThrowIfNull(storageType);
        var factors = SeedNormalizationFactors.Compute(logicalCores, virtualized, osFamily, storageType);
        // The factors come from SeedNormalizationFactors' constants, so the text cannot drift from the formula.
        var platform = osFamily switch
        {
            "Windows" => $"Windows I/O overhead - io factor: {F(SeedNormalizationFactors.WindowsIo)}",
            "macOS" => $"macOS - cpu factor: x{F(SeedNormalizationFactors.MacCpu)}",
            _ => "none (" + osFamily + ")",
        };
        const int Baseline = SeedNormalizationFactors.BaselineCores;
        return
        [
            $"Environment Normalization Factor: {F(factors.Overall)} ({(virtualized ? "virtualized environment detected" : "no virtualization detected")}; 0.6 cpu + 0.2 memory + 0.2 io)",
            $"CPU cores: {logicalCores.ToString(CultureInfo.InvariantCulture)} (baseline: {Baseline.ToString(CultureInfo.InvariantCulture)}) - factor: {F(logicalCores / (double)Baseline)}",
            virtualized
                ? $"Virtualization overhead: {((1 - SeedNormalizationFactors.VirtualizedCpu) * 100).ToString("0", CultureInfo.InvariantCulture)}% - factor: {F(SeedNormalizationFactors.VirtualizedCpu)}"
                : "Virtualization overhead: none - factor: 1.00",
            "Platform adjustment: " + platform,
            $"Storage: {storageType} - io factor: x{F(storageType == "HDD" ? SeedNormalizationFactors.HddIo : 1.0)}",
            $"Resulting factors: cpu {F(factors.CpuPerformance)}, memory {F(factors.MemoryPerformance)}, io {F(factors.IoPerformance)}",
        ];
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
