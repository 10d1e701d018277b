namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// Environment variables through which Program hands run-wide settings to benchmark classes. Environment variables
/// (not statics) because BenchmarkDotNet may run a benchmark in a child process, which inherits them.
/// </summary>
public static class BenchmarkEnvironment
{
    /// <summary>Directory of the generated-data cache.</summary>
    public const string DataDirVariable = "FLYRIG_BENCH_DATA";

    /// <summary>The profile name (default|smoke|large); selects the data-loading sizes.</summary>
    public const string ProfileVariable = "FLYRIG_BENCH_PROFILE";

    /// <summary>The data cache directory: the variable when set, else <c>&lt;repo&gt;/artifacts/benchmark-data</c>.</summary>
    public static string DataDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DataDirVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment)
            ? DefaultDataDirectory(RepositoryRoot.Find())
            : Path.GetFullPath(fromEnvironment);
    }

    /// <summary>The default cache directory under a repository root.</summary>
    public static string DefaultDataDirectory(string repositoryRoot) => Path.Combine(repositoryRoot, "artifacts", "benchmark-data");

    /// <summary>The profile of this run (default when unset or unknown).</summary>
    public static BenchmarkProfile Profile() =>
        Environment.GetEnvironmentVariable(ProfileVariable) switch
        {
            "large" => BenchmarkProfile.Large,
            "smoke" => BenchmarkProfile.Smoke,
            _ => BenchmarkProfile.Default,
        };
}
