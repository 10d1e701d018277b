using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>F-003-RQ-004: telling gzip from plain pickle by content alone (files have no extension).</summary>
[BenchmarkCategory(Categories.DataLoading)]
public class FormatDetectionBenchmarks
{
    private string _gzip = "";
    private string _plain = "";

    [GlobalSetup]
    public void Setup()
    {
        _gzip = BenchmarkData.ExtensionlessPickle(PickleFixtureFormat.Gzip);
        _plain = BenchmarkData.ExtensionlessPickle(PickleFixtureFormat.Standard);
    }

    [Benchmark]
    public PickleFormat DetectGzipWithoutExtension()
    {
        return PickleFormatDetector.DetectFormat(_gzip);
    }

    [Benchmark]
    public PickleFormat DetectPickleWithoutExtension()
    {
        return PickleFormatDetector.DetectFormat(_plain);
    }
}
