namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>Runs the leak check (--leak-check). Pending the pickle and transform libraries.</summary>
internal static class LeakCheckRunner
{
    /// <summary>Runs the check and writes its JSON to <paramref name="outputPath"/>; returns the exit code.</summary>
    public static int Run(string outputPath, string dataDirectory, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine($"leak check not available yet in this build (output {outputPath}, data {dataDirectory})");
        return 2;
    }
}
