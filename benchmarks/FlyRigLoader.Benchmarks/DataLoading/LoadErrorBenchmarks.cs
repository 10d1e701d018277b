using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>Error paths: how fast a missing or corrupt file is reported (the Python suite bounds them at 10 ms and 100 ms).</summary>
[BenchmarkCategory(Categories.DataLoading)]
public class LoadErrorBenchmarks
{
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
        return Fail(_missing);
    }

    [Benchmark]
    public LoadException CorruptFile()
    {
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
