using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Benchmarks.DataLoading;

/// <summary>F-003-RQ-004: telling gzip from plain pickle by content alone (files have no extension).</summary>
[BenchmarkCategory(Categories.DataLoading)]
public class FormatDetectionBenchmarks
{
    private static readonly InjectionSlot GzipSlot = InjectionSlot.For(typeof(FormatDetectionBenchmarks), nameof(DetectGzipWithoutExtension));
    private static readonly InjectionSlot PlainSlot = InjectionSlot.For(typeof(FormatDetectionBenchmarks), nameof(DetectPickleWithoutExtension));

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
        using var injected = GzipSlot.Begin();
        return PickleFormatDetector.DetectFormat(_gzip);
    }

    [Benchmark]
    public PickleFormat DetectPickleWithoutExtension()
    {
        using var injected = PlainSlot.Begin();
        return PickleFormatDetector.DetectFormat(_plain);
    }
}
