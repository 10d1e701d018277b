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
        var platform = osFamily switch
        {
            "Windows" => "Windows I/O overhead - io factor: 1.10",
            "macOS" => "macOS - cpu factor: x1.05",
            _ => "none (" + osFamily + ")",
        };
        return
        [
            $"Environment Normalization Factor: {F(factors.Overall)} ({(virtualized ? "virtualized environment detected" : "no virtualization detected")}; 0.6 cpu + 0.2 memory + 0.2 io)",
            $"CPU cores: {logicalCores.ToString(CultureInfo.InvariantCulture)} (baseline: 4) - factor: {F(logicalCores / 4.0)}",
            virtualized ? "Virtualization overhead: 20% - factor: 0.80" : "Virtualization overhead: none - factor: 1.00",
            "Platform adjustment: " + platform,
            $"Storage: {storageType} - io factor: {(storageType == "HDD" ? "x0.30" : "x1.00")}",
            $"Resulting factors: cpu {F(factors.CpuPerformance)}, memory {F(factors.MemoryPerformance)}, io {F(factors.IoPerformance)}",
        ];
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
