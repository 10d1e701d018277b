using System.Globalization;

namespace FlyRigLoader.Gate.Commands;

/// <summary>
/// Builds a helper program the gate starts as a process of its own (chart renderer, interleaved executor): they cannot run
/// inside Cake's script host, so the gate builds them on first use rather than making every build.sh pay for them.
/// </summary>
internal static class ToolBuild
{
    // Projects built in this process. A no-op `dotnet build` still costs seconds, and Bisect starts the interleaved executor
    // once per step; the sources do not change while one gate process runs.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Built = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds <paramref name="project"/> (Release) when its sources are present, once per process; otherwise accepts an
    /// already built <paramref name="dll"/> (an installed gate, a test's scratch root). Returns null on success, else why it failed.
    /// </summary>
    public static string? Ensure(string project, string dll, string workingDirectory, string what)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(dll);
        if (!File.Exists(project))
        {
            return File.Exists(dll) ? null : $"no {what}: neither {project} nor {dll} exists";
        }

        if (Built.ContainsKey(project) && File.Exists(dll))
        {
            return null;
        }

        var build = ChildProcess.Capture(new CommandLine("dotnet", ["build", project, "-c", "Release", "-nologo", "-v", "quiet"], workingDirectory), TimeSpan.FromMinutes(10));
        if (build.ExitCode == 0)
        {
            Built[project] = true;
            return null;
        }

        var log = build.Combined.Trim();
        return string.Create(CultureInfo.InvariantCulture, $"building the {what} {project} failed (exit {build.ExitCode}): {(log.Length > 600 ? log[^600..] : log)}");
    }
}
