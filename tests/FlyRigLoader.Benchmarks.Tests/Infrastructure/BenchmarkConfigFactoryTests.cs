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
        // A full GC before each iteration stays BDN's default (README "Runtime settings": without it the memory-delta
        // SLA read 60-123 MB of growth on the 100 MB load and failed one run in five).
        Assert.True(job.Environment.Gc.ResolveValue(BenchmarkDotNet.Jobs.GcMode.ForceCharacteristic, BenchmarkDotNet.Environments.EnvironmentResolver.Instance));
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

    [Theory]
    [InlineData(BenchmarkProfile.Default, 5)]
    [InlineData(BenchmarkProfile.Smoke, 2)]
    public void Launch_iterations_replace_the_profiles_count_and_nothing_else(BenchmarkProfile profile, int perLaunch)
    {
        var own = BenchmarkConfigFactory.CreateJob(profile);
        var launch = BenchmarkConfigFactory.CreateJob(profile, perLaunch);

        Assert.Equal(perLaunch, launch.Run.IterationCount);
        Assert.Equal(own.Run.WarmupCount, launch.Run.WarmupCount);
        Assert.Equal(own.Run.IterationTime, launch.Run.IterationTime);
        Assert.Equal(1, launch.Run.LaunchCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkConfigFactory.CreateJob(profile, 0));
    }

    [Fact]
    public void Reverse_order_runs_each_class_last_case_first()
    {
        var type = typeof(FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks);
        var forward = BenchmarkDotNet.Running.BenchmarkConverter.TypeToBenchmarks(type, BenchmarkConfigFactory.Create(BenchmarkProfile.Default)).BenchmarksCases;
        var reversed = BenchmarkDotNet.Running.BenchmarkConverter.TypeToBenchmarks(type, BenchmarkConfigFactory.Create(BenchmarkProfile.Default, reverseOrder: true)).BenchmarksCases;

        Assert.True(forward.Length > 1);
        Assert.Equal(forward.Select(c => c.DisplayInfo).Reverse(), reversed.Select(c => c.DisplayInfo));
    }

    [Fact]
    public void Benchmark_types_are_every_class_with_a_benchmark_in_run_order_or_reversed()
    {
        var forward = BenchmarkTypes.InRunOrder(BenchmarkCatalog.Suite);
        var reversed = BenchmarkTypes.InRunOrder(BenchmarkCatalog.Suite, reverse: true);

        Assert.Equal(BenchmarkCatalog.BenchmarkTypes.OrderBy(t => t.FullName, StringComparer.Ordinal), forward.OrderBy(t => t.FullName, StringComparer.Ordinal));
        Assert.Equal(forward.Reverse(), reversed);
        Assert.Equal(forward.OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal), forward);
    }

    [Fact]
    public void Artifacts_path_is_applied_when_given() =>
        Assert.Equal("/tmp/bdn-out", BenchmarkConfigFactory.Create(BenchmarkProfile.Default, "/tmp/bdn-out").ArtifactsPath);
}
