using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

public sealed class EnvironmentDetectorTests
{
    [Fact]
    public void Detect_reads_every_fact_from_the_probe()
    {
        var env = EnvironmentDetector.Detect(FakeProbe.TypicalCiRunner(), "/repo", "default");

        Assert.Equal("Ubuntu 22.04.4 LTS", env.Os.Description);
        Assert.Equal("6.5.0-1025-azure", env.Os.Kernel);
        Assert.Equal(new CpuInfo("AMD EPYC 7763 64-Core Processor", 2, 1), env.Cpu);
        Assert.Equal(7.75, env.Memory.TotalGb, 2);
        Assert.Equal(6.8, env.Memory.AvailableGb!.Value, 2);
        Assert.Equal(new VirtualizationInfo(true, "hyper-v", "DMI: Microsoft Corporation"), env.Virtualization);
        Assert.Equal("SSD", env.StorageType);
        Assert.Equal("high", env.StoragePerformanceTier);
        Assert.Equal("10.0.401", env.Dotnet.Sdk);
        Assert.Equal("0.15.8", env.BenchmarkDotNetVersion);
        Assert.Equal(new GitInfo("0123456789abcdef0123456789abcdef01234567", "main", false), env.Git);
        Assert.Equal("0123456", env.Git.ShortSha);
        Assert.Equal([0.52, 0.41, 0.30], env.LoadAverage);
        Assert.False(env.Container.IsContainer);
        Assert.Equal("none", env.Ci.Provider);
        Assert.Matches("^[0-9a-f]{16}$", env.Fingerprint);
    }

    [Fact]
    public void Detect_github_actions_container_and_dirty_tree()
    {
        var probe = FakeProbe.TypicalCiRunner();
        probe.Variables["GITHUB_ACTIONS"] = "true";
        probe.Variables["GITHUB_RUN_ID"] = "42";
        probe.Files["/.dockerenv"] = "";
        probe.Commands["git status --porcelain --untracked-files=no -- . :(exclude)artifacts :(exclude)baselines"] = " M src/x.cs";

        var env = EnvironmentDetector.Detect(probe, "/repo", "smoke");

        Assert.Equal(new CiInfo("github-actions", "42"), env.Ci);
        Assert.Equal("github_actions", env.Virtualization.Platform);
        Assert.Equal(new ContainerInfo(true, "docker"), env.Container);
        Assert.True(env.Git.Dirty);
    }

    [Fact]
    public void Missing_sources_degrade_to_unknown()
    {
        var env = EnvironmentDetector.Detect(new FakeProbe { OsFamily = "Other" }, "/nowhere", "default");

        Assert.Equal("unknown", env.Cpu.Model);
        Assert.Equal(2, env.Cpu.LogicalCores);
        Assert.Equal(8, env.Memory.TotalGb);
        Assert.Equal("unknown", env.BenchmarkDotNetVersion);
        Assert.Null(env.Git.Sha);
        Assert.Equal("nogit", env.Git.ShortSha);
        Assert.Null(env.LoadAverage);
        Assert.Equal("unknown", env.StorageType);
    }

    [Theory]
    [InlineData("GITHUB_ACTIONS", "true", "github-actions")]
    [InlineData("GITLAB_CI", "true", "gitlab")]
    [InlineData("TF_BUILD", "True", "azure-pipelines")]
    [InlineData("JENKINS_URL", "http://j", "jenkins")]
    [InlineData("CI", "true", "generic")]
    [InlineData("CI", "false", "none")]
    public void Ci_provider_detection(string variable, string value, string provider) =>
        Assert.Equal(provider, EnvironmentDetector.DetectCi(n => n == variable ? value : null).Provider);

    [Fact]
    public void Cpu_info_counts_physical_cores_per_socket()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 8).Select(i => $"processor : {i}\nmodel name : Xeon\nphysical id : {i / 4}\ncore id : {i % 2}"));
        var cpu = EnvironmentDetector.ParseCpuInfo(text, 1);
        Assert.Equal(8, cpu.LogicalCores);
        Assert.Equal(4, cpu.PhysicalCores);
    }

    [Fact]
    public void Linux_rotational_disks_only_are_hdd_in_the_standard_performance_tier()
    {
        var probe = FakeProbe.TypicalCiRunner();
        probe.Files["/sys/block/sda/queue/rotational"] = "1\n";

        var env = EnvironmentDetector.Detect(probe, "/repo", "default");

        Assert.Equal(("HDD", "standard"), (env.StorageType, env.StoragePerformanceTier));
    }

    [Fact]
    public void Storage_that_cannot_be_identified_is_in_the_guides_fallback_standard_tier()
    {
        var probe = FakeProbe.TypicalCiRunner();
        probe.Directories["/sys/block"] = [];

        var env = EnvironmentDetector.Detect(probe, "/repo", "default");

        Assert.Equal(("unknown", "standard"), (env.StorageType, env.StoragePerformanceTier));
    }
}
