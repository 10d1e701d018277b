using System.Diagnostics;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Runs an external tool (git, dotnet) with an argument list; never through a shell.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TextWriter? echo = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var all = stdout + stderr.GetAwaiter().GetResult();
        echo?.Write(all);
        return (process.ExitCode, all);
    }
}
