using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>Builds the benchmark suite of one source tree (the work tree, or a commit checked out in a worktree).</summary>
internal static class SuiteBuild
{
    /// <summary>Builds the suite of the tree at <paramref name="root"/> and returns its <c>FlyRigLoader.Benchmarks.dll</c>.</summary>
    /// <exception cref="GateInputException">The tree has no benchmark project, or it does not build (the log's tail says why).</exception>
    public static string Build(string root, string configuration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var project = new BuildPaths(root).BenchmarksProject;
        if (!File.Exists(project))
        {
            throw new GateInputException(project, "benchmark project not found in this tree");
        }

        output.WriteLine($"building {project}");
        var build = ChildProcess.Capture(new CommandLine("dotnet", ["build", project, "-c", configuration, "-nologo", "-v", "quiet"], root), Timeout.InfiniteTimeSpan);
        var (code, log) = (build.ExitCode, build.Combined);
        if (code != 0)
        {
            throw new GateInputException(project, "build failed: " + (log.Length > 600 ? log[^600..] : log).Trim());
        }

        return Dll(root, configuration);
    }

    /// <summary>Where the suite of the tree at <paramref name="root"/> is built to.</summary>
    public static string Dll(string root, string configuration = "Release") =>
        Path.Combine(root, "artifacts", "bin", "FlyRigLoader.Benchmarks", configuration.ToLowerInvariant(), "FlyRigLoader.Benchmarks.dll");
}
