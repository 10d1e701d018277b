using BenchmarkDotNet.Attributes;

// Benchmark methods are instance methods, as BenchmarkDotNet requires, even when they touch no state.
#pragma warning disable CA1822

namespace FlyRigLoader.Benchmarks.Transformation;

/// <summary>Size classes of the parameter tests.</summary>
public enum Shape
{
    /// <summary>Narrow.</summary>
    Narrow,

    /// <summary>Wide.</summary>
    Wide,
}

/// <summary>A benchmark class as the suite writes them, for the interleaved executor's tests. Records what ran.</summary>
public sealed class SampleBenchmarks
{
    /// <summary>Calls seen by the hooks, in order (per instance).</summary>
    public List<string> Calls { get; } = [];

    /// <summary>Rows.</summary>
    [Params(100, 10)]
    public int Rows { get; set; }

    /// <summary>A label; sorts before Rows.</summary>
    [Params("a b")]
    public string Label { get; set; } = "";

    /// <summary>Global setup for every method but <see cref="Allocate"/>.</summary>
    [GlobalSetup]
    public void Setup() => Calls.Add($"setup Rows={Rows}");

    /// <summary>Allocate's own setup, which wins over the untargeted one.</summary>
    [GlobalSetup(Target = nameof(Allocate))]
    public void SetupAllocate() => Calls.Add("setup-allocate");

    /// <summary>Before every batch.</summary>
    [IterationSetup]
    public void BeforeBatch() => Calls.Add("iteration-setup");

    /// <summary>After every batch.</summary>
    [IterationCleanup]
    public void AfterBatch() => Calls.Add("iteration-cleanup");

    /// <summary>Once at the end.</summary>
    [GlobalCleanup]
    public void Cleanup() => Calls.Add("cleanup");

    /// <summary>Returns a value type: must not allocate when consumed.</summary>
    [Benchmark]
    public int Count()
    {
        Calls.Add("count");
        return Rows;
    }

    /// <summary>Allocates 1 KiB per call.</summary>
    [Benchmark]
    public byte[] Allocate() => new byte[1024];

    /// <summary>Returns nothing and allocates nothing.</summary>
    [Benchmark]
    public void Nothing()
    {
    }
}

/// <summary>Parameters from a source and from all values.</summary>
public sealed class SourcedBenchmarks
{
    /// <summary>The sizes.</summary>
    public static IEnumerable<int> Sizes => [3, 1];

    /// <summary>From <see cref="Sizes"/>.</summary>
    [ParamsSource(nameof(Sizes))]
    public int SizeMb { get; set; }

    /// <summary>Every enum value.</summary>
    [ParamsAllValues]
    public Shape Shape { get; set; }

    /// <summary>Every bool value.</summary>
    [ParamsAllValues]
    public bool Cached { get; set; }

    /// <summary>The work.</summary>
    [Benchmark]
    public int Work() => SizeMb;
}

/// <summary>Features the executor refuses rather than run differently from BenchmarkDotNet.</summary>
public sealed class UnsupportedBenchmarks
{
    /// <summary>Has arguments.</summary>
    [Benchmark]
    [Arguments(1)]
    public int WithArguments(int x) => x;

    /// <summary>Async.</summary>
    [Benchmark]
    public Task Async() => Task.CompletedTask;

    /// <summary>Throws in its body.</summary>
    [Benchmark]
    public int Throws() => throw new InvalidOperationException("boom");
}
