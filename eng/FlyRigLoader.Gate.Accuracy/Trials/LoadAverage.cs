using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Accuracy.Trials;

/// <summary>The machine's load averages now (the 1/5/15-minute values of <c>/proc/loadavg</c>; null where the OS has none).</summary>
internal static class LoadAverage
{
    /// <summary>Reads them.</summary>
    public static IReadOnlyList<double>? Now() => EnvironmentDetector.ParseLoadAverage(new HostProbe().ReadFile("/proc/loadavg"));
}
