using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// Identifies the machine and toolchain of a run: CPU model, core counts, runtime, BenchmarkDotNet version and OS (family
/// + architecture). Volatile facts (memory available, load, git) are left out, and so is how the suite was run (profile,
/// iteration settings, runtime settings): the run's job carries that (see <see cref="Core.Jobs.JobIdentity"/>); two runs
/// compare only when both agree.
/// </summary>
internal static class EnvironmentFingerprint
{
    /// <summary>The canonical text that is hashed (shown in reports so a mismatch can be explained).</summary>
    public static string Canonical(CpuInfo cpu, string runtime, string benchmarkDotNetVersion, OsInfo os)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        ArgumentNullException.ThrowIfNull(os);
        return string.Join('|',
            "cpu=" + cpu.Model.Trim(),
            "logical=" + cpu.LogicalCores.ToString(CultureInfo.InvariantCulture),
            "physical=" + (cpu.PhysicalCores?.ToString(CultureInfo.InvariantCulture) ?? "?"),
            "runtime=" + runtime.Trim(),
            "bdn=" + benchmarkDotNetVersion.Trim(),
            "os=" + os.Family + "/" + os.Architecture);
    }

    /// <summary>First 16 hex digits of the SHA-256 of <see cref="Canonical"/>.</summary>
    public static string Compute(CpuInfo cpu, string runtime, string benchmarkDotNetVersion, OsInfo os) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(cpu, runtime, benchmarkDotNetVersion, os))))[..16];
}
