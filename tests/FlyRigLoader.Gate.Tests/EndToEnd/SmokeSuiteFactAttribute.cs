namespace FlyRigLoader.Gate.Tests.EndToEnd;

/// <summary>
/// A fact that runs only when the benchmark suite has smoke benchmarks (a source file mentioning <c>Categories.Smoke</c>)
/// and the machine is not Windows (the test drives <c>build.sh</c>). Otherwise it is reported as skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmokeSuiteFactAttribute : FactAttribute
{
    public SmokeSuiteFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "drives build.sh";
            return;
        }

        var suite = Path.Combine(Fixture.RepoRoot, "benchmarks", "FlyRigLoader.Benchmarks");
        var hasSmoke = Directory.Exists(suite) && Directory.EnumerateFiles(suite, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(f => File.ReadAllText(f).Contains("Categories.Smoke", StringComparison.Ordinal));
        if (!hasSmoke)
        {
            Skip = "the benchmark suite has no smoke benchmarks yet";
        }
    }
}
