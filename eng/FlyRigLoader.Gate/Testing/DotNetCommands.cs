using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Testing;

/// <summary>The dotnet CLI invocations of Restore, Build, Test and Coverage, as pure values.</summary>
public static class DotNetCommands
{
    /// <summary><c>dotnet restore</c> of the solution.</summary>
    public static Commands.CommandLine Restore(BuildPaths paths) =>
        new("dotnet", ["restore", paths.Solution, "--nologo"], paths.Root);

    /// <summary><c>dotnet build</c> of the solution without restoring again.</summary>
    public static Commands.CommandLine Build(BuildPaths paths, BuildOptions options) =>
        new("dotnet", ["build", paths.Solution, "-c", options.Configuration, "--no-restore", "--nologo"], paths.Root);

    /// <summary>
    /// <c>dotnet test</c> of one test project against the already-built outputs, writing a TRX file named after the project
    /// (so several projects never overwrite each other's results). With <paramref name="coverage"/>, coverlet's collector
    /// writes <c>&lt;guid&gt;/coverage.cobertura.xml</c> beside the TRX files.
    /// </summary>
    public static Commands.CommandLine Test(BuildPaths paths, BuildOptions options, string testProject, bool coverage)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var name = Path.GetFileNameWithoutExtension(testProject);
        List<string> args =
        [
            "test", testProject, "-c", options.Configuration, "--no-build", "--nologo",
            "--logger", $"trx;LogFileName={name}.trx",
            "--logger", "console;verbosity=minimal",
            "--results-directory", paths.TestResults,
        ];
        if (coverage)
        {
            args.AddRange(["--collect", "XPlat Code Coverage"]);
        }

        if (options.Fast)
        {
            // The inner loop: end-to-end runs of the build and the browser checks carry this trait (see SlowTest).
            args.AddRange(["--filter", $"{SlowTrait.Name}!={SlowTrait.Value}"]);
        }

        return new("dotnet", args, paths.Root);
    }

    /// <summary>ReportGenerator (local tool) turning every cobertura file into HTML plus a merged cobertura file.</summary>
    public static Commands.CommandLine CoverageReport(BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new(
            "dotnet",
            ["reportgenerator", $"-reports:{Path.Combine(paths.TestResults, "**", "coverage.cobertura.xml")}", $"-targetdir:{paths.Coverage}", "-reporttypes:Html;Cobertura;TextSummary"],
            paths.Root);
    }

    /// <summary>Every xunit project under <c>tests/</c>, in ordinal order so runs are reproducible.</summary>
    public static IReadOnlyList<string> TestProjects(BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var testsRoot = Path.Combine(paths.Root, "tests");
        return Directory.Exists(testsRoot)
            ? [.. Directory.EnumerateFiles(testsRoot, "*.Tests.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];
    }
}
