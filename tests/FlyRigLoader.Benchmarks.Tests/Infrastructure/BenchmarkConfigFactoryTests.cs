using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class BenchmarkConfigFactoryTests
{
    [Theory]
    [InlineData(BenchmarkProfile.Default, 15)]
    [InlineData(BenchmarkProfile.Large, 15)]
    [InlineData(BenchmarkProfile.Smoke, 5)]
    public void Each_profile_measures_enough_iterations(BenchmarkProfile profile, int minimum)
    {
        var job = BenchmarkConfigFactory.CreateJob(profile);
        Assert.True(job.Run.IterationCount >= minimum);
        Assert.Equal(1, job.Run.LaunchCount);
        Assert.IsType<InProcessEmitToolchain>(job.Infrastructure.Toolchain);
        Assert.False(job.Run.HasValue(BenchmarkDotNet.Jobs.RunMode.InvocationCountCharacteristic));
        // Every iteration reaches the report, so the gate always gets at least IterationCount samples.
        Assert.Equal(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove, job.Accuracy.OutlierMode);
    }

    [Fact]
    public void Smoke_is_cheaper_than_default()
    {
        var smoke = BenchmarkConfigFactory.CreateJob(BenchmarkProfile.Smoke).Run;
        var standard = BenchmarkConfigFactory.CreateJob(BenchmarkProfile.Default).Run;
        Assert.True(smoke.IterationCount * smoke.IterationTime.Nanoseconds < standard.IterationCount * standard.IterationTime.Nanoseconds);
    }

    [Fact]
    public void Every_profile_has_memory_diagnoser_and_full_json()
    {
        foreach (var profile in Enum.GetValues<BenchmarkProfile>())
        {
            var config = BenchmarkConfigFactory.Create(profile);
            Assert.Contains(config.GetDiagnosers(), d => d is MemoryDiagnoser);
            Assert.Contains(config.GetExporters(), e => e == JsonExporter.Full);
            Assert.Single(config.GetJobs());
        }
    }

    [Fact]
    public void Artifacts_path_is_applied_when_given() =>
        Assert.Equal("/tmp/bdn-out", BenchmarkConfigFactory.Create(BenchmarkProfile.Default, "/tmp/bdn-out").ArtifactsPath);
}
