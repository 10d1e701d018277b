using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>Error paths: how fast a missing or corrupt file is reported (the Python suite bounds them at 10 ms and 100 ms).</summary>
[BenchmarkCategory(Categories.DataLoading)]
public class LoadErrorBenchmarks
{
    private static readonly InjectionSlot MissingSlot = InjectionSlot.For(typeof(LoadErrorBenchmarks), nameof(MissingFile));
    private static readonly InjectionSlot CorruptSlot = InjectionSlot.For(typeof(LoadErrorBenchmarks), nameof(CorruptFile));

    private string _missing = "";
    private string _corrupt = "";

    [GlobalSetup]
    public void Setup()
    {
        _corrupt = BenchmarkData.CorruptPickle();
        _missing = Path.Combine(Path.GetDirectoryName(_corrupt)!, "no-such-recording.pkl");
    }

    [Benchmark]
    public LoadException MissingFile()
    {
        using var injected = MissingSlot.Begin();
        return Fail(_missing);
    }

    [Benchmark]
    public LoadException CorruptFile()
    {
        using var injected = CorruptSlot.Begin();
        return Fail(_corrupt);
    }

    private static LoadException Fail(string path)
    {
        try
        {
            PickleLoader.Load(path);
        }
        catch (LoadException ex)
        {
            return ex;
        }

        throw new InvalidOperationException($"loading '{path}' should have failed");
    }
}
