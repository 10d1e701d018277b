using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Running;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests;

/// <summary>Every benchmark case of the suite as BenchmarkDotNet itself enumerates it (same type discovery and FullName as the JSON report).</summary>
internal static class BenchmarkCatalog
{
    private static readonly Lazy<IReadOnlyList<BenchmarkCase>> AllCases = new(Discover);

    public static Assembly Suite => typeof(Categories).Assembly;

    public static IReadOnlyList<Type> BenchmarkTypes =>
        [.. Suite.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))];

    public static IReadOnlyList<BenchmarkCase> Cases => AllCases.Value;

    public static string FullName(BenchmarkCase benchmark) => FullNameProvider.GetBenchmarkName(benchmark);

    private static List<BenchmarkCase> Discover()
    {
        var config = BenchmarkConfigFactory.Create(BenchmarkProfile.Default);
        return [.. BenchmarkTypes.SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t, config).BenchmarksCases)];
    }
}
