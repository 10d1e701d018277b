namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>The machine and toolchain a benchmark run happened on.</summary>
/// <param name="Os">Operating system.</param>
/// <param name="Cpu">Processor.</param>
/// <param name="Memory">Physical memory.</param>
/// <param name="Virtualization">Hypervisor detection.</param>
/// <param name="Container">Container detection.</param>
/// <param name="StorageType">SSD, HDD or unknown.</param>
/// <param name="Ci">CI provider detection.</param>
/// <param name="Dotnet">Runtime and SDK.</param>
/// <param name="BenchmarkDotNetVersion">The BenchmarkDotNet version the suite uses.</param>
/// <param name="Git">Source revision.</param>
/// <param name="LoadAverage">1, 5 and 15 minute load averages, or null where the OS has none.</param>
/// <param name="Profile">The benchmark job profile of the run (part of its job, not of the fingerprint).</param>
/// <param name="Fingerprint">Hash identifying comparable runs (see <see cref="EnvironmentFingerprint"/>).</param>
public sealed record EnvironmentInfo(
    OsInfo Os,
    CpuInfo Cpu,
    MemoryInfo Memory,
    VirtualizationInfo Virtualization,
    ContainerInfo Container,
    string StorageType,
    CiInfo Ci,
    DotnetInfo Dotnet,
    string BenchmarkDotNetVersion,
    GitInfo Git,
    IReadOnlyList<double>? LoadAverage,
    string Profile,
    string Fingerprint)
{
    /// <summary>The suite guide's storage <c>performance_tier</c> (high for SSD, standard otherwise), from <see cref="StorageType"/>.</summary>
    public string StoragePerformanceTier => StorageTier.For(StorageType);
}
