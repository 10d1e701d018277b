using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Benchmarks.ProcessMemory;

namespace FlyRigLoader.Benchmarks.Tests.ProcessMemory;

[Collection(ProcessWideMemory.Name)]
public sealed class ProcessMemoryDiagnoserTests
{
    private static readonly byte[][] Held = new byte[1][];

    [Fact]
    public void What_a_case_holds_between_start_and_stop_is_its_peak_heap_and_growth()
    {
        var diagnoser = new ProcessMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(Sample), ManualConfig.CreateEmpty()).BenchmarksCases[0];

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        diagnoser.Start();
        Held[0] = new byte[96 * 1024 * 1024];
        Array.Fill(Held[0], (byte)7);
        var workingSetWhileHeld = Environment.WorkingSet;
        diagnoser.Stop(benchmarkCase);
        Held[0] = [];

        var measured = diagnoser.Result(benchmarkCase);
        Assert.NotNull(measured);
        Assert.True(measured.PeakManagedHeap - heapBefore >= 90 * 1024 * 1024, $"peak heap {measured.PeakManagedHeap}, before {heapBefore}");
        Assert.True(measured.PeakWorkingSet >= workingSetWhileHeld, $"peak working set {measured.PeakWorkingSet} < {workingSetWhileHeld} read while the array was held");
        // Growth is left to the OS and the GC's decommit policy (the pure arithmetic is ProcessMemoryCaseTests'); it is recorded.
        var ids = ProcessMemoryMetrics.Of(measured).Select(m => m.Descriptor.Id).ToList();
        Assert.Equal([ProcessMemoryMetrics.PeakWorkingSetId, ProcessMemoryMetrics.WorkingSetGrowthId, ProcessMemoryMetrics.PeakManagedHeapId], ids);
    }

    [Fact]
    public void A_stop_without_a_start_records_nothing()
    {
        var diagnoser = new ProcessMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(Sample), ManualConfig.CreateEmpty()).BenchmarksCases[0];
        diagnoser.Stop(benchmarkCase);
        Assert.Null(diagnoser.Result(benchmarkCase));
    }

    [Fact]
    public void Every_profile_measures_process_memory()
    {
        foreach (var profile in Enum.GetValues<BenchmarkProfile>())
        {
            Assert.Contains(BenchmarkConfigFactory.Create(profile).GetDiagnosers(), d => d is ProcessMemoryDiagnoser);
        }
    }

    public class Sample
    {
        private int _calls;

        [Benchmark]
        public int Work() => ++_calls;
    }
}
