using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Finds and reads the run to judge: <c>--report</c> when given, else the newest BenchmarkDotNet results under artifacts/.</summary>
public static class CurrentRuns
{
    /// <summary>Reads <paramref name="report"/> (a BenchmarkDotNet full JSON file or results folder), or the newest run under artifacts/.</summary>
    /// <exception cref="GateInputException">Nothing to read, or the report is malformed.</exception>
    public static MeasuredRun Load(string? report, BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (report is not null)
        {
            return MeasuredRunReader.FromBdn(report);
        }

        var newest = Directory.Exists(paths.Artifacts)
            ? Results.BdnReportReader.FullJsonSuffixes
                .SelectMany(s => Directory.EnumerateFiles(paths.Artifacts, "*" + s, SearchOption.AllDirectories))
                .Where(f => !IsUnder(f, Path.Combine(paths.Artifacts, "against")) && !IsUnder(f, Path.Combine(paths.Artifacts, "confirm")))
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return newest is null
            ? throw new GateInputException(paths.Reports, "no benchmark run found under artifacts/ (run the Benchmarks target first, or pass --report)")
            : MeasuredRunReader.FromBdn(Path.GetDirectoryName(newest)!);
    }

    private static bool IsUnder(string file, string directory) =>
        Path.GetFullPath(file).StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
