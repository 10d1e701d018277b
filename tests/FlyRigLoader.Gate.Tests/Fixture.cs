namespace FlyRigLoader.Gate.Tests;

/// <summary>Paths of committed fixtures, copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    public const string ConfigReport = "FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks-report-full.json";

    public const string DataLoadingReport = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks-report-full-compressed.json";

    public static string Results(string file) => Path("Results", "Fixtures", file);

    /// <summary>The repository root, found from the test assembly (artifacts/bin/... lies under it).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "FlyRigLoader.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
