using FlyRigLoader.Gate.Execution;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Execution;

public sealed class ProgressParserTests
{
    [Fact]
    public void Real_log_yields_found_started_and_remained_events()
    {
        var events = File.ReadLines(Fixture.Path("Execution", "Fixtures", "bdn-stdout.log")).Select(ProgressParser.Parse).OfType<ProgressEvent>().ToList();

        Assert.Equal(new ProgressEvent(ProgressKind.Found, null, 4, null), events[0]);
        Assert.Equal(
            ["ConfigLoadBenchmarks.LoadSmall", "ConfigLoadBenchmarks.Throws", "PickleLoadBenchmarks.LoadPickle [SizeMb=1]", "PickleLoadBenchmarks.LoadPickle [SizeMb=4]"],
            events.Where(e => e.Kind == ProgressKind.Started).Select(e => e.Benchmark));
        Assert.Equal([3, 2, 1, 0], events.Where(e => e.Kind == ProgressKind.Remained).Select(e => e.Count!.Value));
        Assert.All(events.Where(e => e.Kind == ProgressKind.Remained), e => Assert.Equal(TimeSpan.Zero, e.Eta));
    }

    [Theory]
    [InlineData("// ** Remained 12 (60.0 %) benchmark(s) to run. Estimated finish 2026-11-27 6:01 (1h 25m from now) **", 12, 85)]
    [InlineData("// ** Remained 1 (5.0 %) benchmark(s) to run. Estimated finish 2026-11-27 4:44 (0h 3m from now) **", 1, 3)]
    public void Remained_line_gives_count_and_eta(string line, int count, int etaMinutes)
    {
        var e = ProgressParser.Parse(line)!;
        Assert.Equal(ProgressKind.Remained, e.Kind);
        Assert.Equal(count, e.Count);
        Assert.Equal(TimeSpan.FromMinutes(etaMinutes), e.Eta);
    }

    [Theory]
    [InlineData("WorkloadActual   1: 1024 op, 8980477.00 ns, 8.7700 us/op")]
    [InlineData("// Benchmark Process Environment Information:")]
    [InlineData("")]
    public void Other_lines_are_ignored(string line) => Assert.Null(ProgressParser.Parse(line));

    [Fact]
    public void Tracker_prints_n_of_total_with_elapsed_and_eta()
    {
        var t = new ProgressTracker();
        Assert.Null(t.Apply(new ProgressEvent(ProgressKind.Found, null, 3, null), TimeSpan.Zero));
        Assert.Equal("  [1/3] A.B  elapsed 00:05", t.Apply(new ProgressEvent(ProgressKind.Started, "A.B", null, null), TimeSpan.FromSeconds(5)));
        t.Apply(new ProgressEvent(ProgressKind.Remained, null, 2, TimeSpan.FromMinutes(4)), TimeSpan.FromSeconds(6));
        Assert.Equal("  [2/3] A.C [N=1]  elapsed 01:10  ETA ~04:00", t.Apply(new ProgressEvent(ProgressKind.Started, "A.C [N=1]", null, null), TimeSpan.FromSeconds(70)));
    }

    [Fact]
    public void Shards_partition_the_names_without_overlap()
    {
        string[] names = ["N.T.c", "N.T.a", "N.T.b", "N.T.d", "N.T.e"];
        var first = ShardSelector.Select(names, new Shard(1, 2));
        var second = ShardSelector.Select(names, new Shard(2, 2));

        Assert.Empty(first.Intersect(second, StringComparer.Ordinal));
        Assert.Equal(names.Order(StringComparer.Ordinal), first.Concat(second).Order(StringComparer.Ordinal));
        Assert.Equal(names.Order(StringComparer.Ordinal), ShardSelector.Select(names, null));
    }

    [Fact]
    public void Bdn_arguments_always_carry_a_filter_and_json_export()
    {
        var plan = Gate.Pipeline.LaunchPlan.For("smoke", null);
        var args = Gate.Pipeline.BdnArguments.Run(new BuildOptions { SmokeTest = true, Categories = ["config", "discovery"] }, [], "/a", plan, 0);
        Assert.Equal(["--profile", "smoke", "--launch-iterations", "2", "--categories", "config,discovery", "--filter", "*", "--artifacts", "/a", "--exporters", "json"], args);
        Assert.Contains("--memory", Gate.Pipeline.BdnArguments.Run(new BuildOptions { MemoryProfiling = true }, ["X*"], "/a", plan, 0));
        Assert.Contains("--reverse-order", Gate.Pipeline.BdnArguments.Run(new BuildOptions(), [], "/a", plan, 1));
        Assert.DoesNotContain("--reverse-order", Gate.Pipeline.BdnArguments.Run(new BuildOptions(), [], "/a", plan, 2));
        Assert.False(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions { SmokeTest = true }));
        Assert.True(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions()));
        Assert.True(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions { Categories = ["memory"], SmokeTest = true }));
        // Sharded: once per run, in shard 1, whether the run is full or asked for memory profiling.
        Assert.True(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions { Shard = new Shard(1, 3) }));
        Assert.False(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions { Shard = new Shard(2, 3) }));
        Assert.False(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions { Shard = new Shard(3, 3), MemoryProfiling = true }));
        Assert.True(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions { Shard = new Shard(1, 3), MemoryProfiling = true, Categories = ["config"] }));
        Assert.False(Gate.Pipeline.BdnArguments.WantsLeakCheck(new BuildOptions { Filter = "*Config*" }));
    }

    [Fact]
    public void List_output_yields_benchmark_names_only()
    {
        string[] lines = ["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall", "", "// Validating benchmarks:", "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle", "No benchmarks found"];
        Assert.Equal(["FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall", "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle"], Gate.Pipeline.BdnArguments.ParseList(lines));
    }
}
