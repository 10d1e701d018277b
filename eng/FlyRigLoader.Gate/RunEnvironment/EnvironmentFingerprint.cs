using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// Identifies comparable runs: two runs compare only when CPU model, core counts, runtime, BenchmarkDotNet version,
/// job profile and OS (family + architecture) agree. Volatile facts (memory available, load, git) are left out.
/// </summary>
internal static class EnvironmentFingerprint
{
    /// <summary>The canonical text that is hashed (shown in reports so a mismatch can be explained).</summary>
    public static string Canonical(CpuInfo cpu, string runtime, string benchmarkDotNetVersion, string profile, OsInfo os)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        ArgumentNullException.ThrowIfNull(os);
        return string.Join('|',
            "cpu=" + cpu.Model.Trim(),
            "logical=" + cpu.LogicalCores.ToString(CultureInfo.InvariantCulture),
            "physical=" + (cpu.PhysicalCores?.ToString(CultureInfo.InvariantCulture) ?? "?"),
            "runtime=" + runtime.Trim(),
            "bdn=" + benchmarkDotNetVersion.Trim(),
            "profile=" + profile.Trim().ToLowerInvariant(),
            "os=" + os.Family + "/" + os.Architecture);
    }

    /// <summary>First 16 hex digits of the SHA-256 of <see cref="Canonical"/>.</summary>
    public static string Compute(CpuInfo cpu, string runtime, string benchmarkDotNetVersion, string profile, OsInfo os) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(cpu, runtime, benchmarkDotNetVersion, profile, os))))[..16];
}
