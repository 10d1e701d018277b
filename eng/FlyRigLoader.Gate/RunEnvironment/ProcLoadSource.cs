namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// The machine's load from a <c>/proc</c> tree (Linux): <c>stat</c>, <c>self/stat</c>, <c>loadavg</c> and <c>meminfo</c>. Where the
/// files do not exist (Windows, macOS) every value is null: the interference rule then has only the launches' agreement
/// and the calibration as witnesses.
/// </summary>
/// <param name="procRoot">The proc file system (a fake tree in tests).</param>
internal sealed class ProcLoadSource(string procRoot = "/proc") : IMachineLoadSource
{
    /// <inheritdoc/>
    public LoadSample Sample() => new(CpuAccounting.Sample(procRoot), OneMinuteLoad(procRoot), AvailableMemory(procRoot));

    /// <summary><c>MemAvailable</c> of <c>meminfo</c> in GiB, or null.</summary>
    public static double? AvailableMemory(string procRoot)
    {
        ArgumentNullException.ThrowIfNull(procRoot);
        try
        {
            var path = Path.Combine(procRoot, "meminfo");
            return File.Exists(path) ? EnvironmentDetector.ParseMemInfo(File.ReadAllText(path))?.AvailableGb : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first field of <c>loadavg</c>, or null.</summary>
    public static double? OneMinuteLoad(string procRoot)
    {
        ArgumentNullException.ThrowIfNull(procRoot);
        try
        {
            var path = Path.Combine(procRoot, "loadavg");
            return File.Exists(path) && EnvironmentDetector.ParseLoadAverage(File.ReadAllText(path)) is [var one, ..] ? one : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
