using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

public sealed class FingerprintTests
{
    private static readonly CpuInfo Cpu = new("AMD EPYC 7763", 4, 2);
    private static readonly OsInfo Os = new("Linux", "Ubuntu 22.04", "6.5", "X64");

    [Fact]
    public void Same_inputs_give_same_fingerprint_volatile_facts_ignored()
    {
        var a = EnvironmentFingerprint.Compute(Cpu, ".NET 10.0.12", "0.15.8", Os);
        var b = EnvironmentFingerprint.Compute(Cpu, ".NET 10.0.12", "0.15.8", Os with { Description = "other text", Kernel = "7.0" });
        Assert.Equal(a, b);
        Assert.Equal(16, a.Length);
    }

    [Fact]
    public void The_profile_is_not_part_of_the_fingerprint_because_the_job_carries_it()
    {
        Assert.DoesNotContain("profile", EnvironmentFingerprint.Canonical(Cpu, ".NET 10.0.12", "0.15.8", Os), StringComparison.Ordinal);
        var smoke = EnvironmentDetector.Detect(FakeProbe.TypicalCiRunner(), "/repo", "smoke");
        var standard = EnvironmentDetector.Detect(FakeProbe.TypicalCiRunner(), "/repo", "default");
        Assert.Equal(standard.Fingerprint, smoke.Fingerprint);
        Assert.Equal("smoke", smoke.Profile);
    }

    [Fact]
    public void Each_comparability_fact_changes_the_fingerprint()
    {
        var baseline = EnvironmentFingerprint.Compute(Cpu, ".NET 10.0.12", "0.15.8", Os);
        string[] variants =
        [
            EnvironmentFingerprint.Compute(Cpu with { Model = "Intel Xeon" }, ".NET 10.0.12", "0.15.8", Os),
            EnvironmentFingerprint.Compute(Cpu with { LogicalCores = 8 }, ".NET 10.0.12", "0.15.8", Os),
            EnvironmentFingerprint.Compute(Cpu with { PhysicalCores = 4 }, ".NET 10.0.12", "0.15.8", Os),
            EnvironmentFingerprint.Compute(Cpu, ".NET 10.0.13", "0.15.8", Os),
            EnvironmentFingerprint.Compute(Cpu, ".NET 10.0.12", "0.15.9", Os),
            EnvironmentFingerprint.Compute(Cpu, ".NET 10.0.12", "0.15.8", Os with { Family = "Windows" }),
            EnvironmentFingerprint.Compute(Cpu, ".NET 10.0.12", "0.15.8", Os with { Architecture = "Arm64" }),
        ];
        Assert.DoesNotContain(baseline, variants);
        Assert.Equal(variants.Length, variants.Distinct().Count());
    }

    [Fact]
    public void Seed_factors_follow_the_seed_formula()
    {
        // 2 cores, virtualized, Linux, SSD: cpu = 2/4 * 0.8 = 0.4; overall = 0.6*0.4 + 0.2 + 0.2 = 0.64.
        var f = SeedNormalizationFactors.Compute(2, true, "Linux", "SSD");
        Assert.Equal(0.4, f.CpuPerformance, 12);
        Assert.Equal(0.64, f.Overall, 12);
        Assert.Equal(0.3 * 1.1, SeedNormalizationFactors.Compute(4, false, "Windows", "HDD").IoPerformance, 12);
    }
}
