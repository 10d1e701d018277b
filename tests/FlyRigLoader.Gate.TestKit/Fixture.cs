namespace FlyRigLoader.Gate.TestKit;

/// <summary>Paths of committed fixtures, copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    public const string ConfigReport = "FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks-report-full.json";

    public const string DataLoadingReport = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks-report-full-compressed.json";

    public static string Results(string file) => Path("Results", "Fixtures", file);
}
