using System.Diagnostics;

namespace FlyRigLoader.Gate.Commands;

/// <summary>The one place the gate starts processes: inherits the console, or captures output when asked.</summary>
public static class ChildProcess
{
    /// <summary>Runs a command with the console inherited and returns its exit code.</summary>
    public static int Run(CommandLine command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var process = Process.Start(StartInfo(command, capture: false))
            ?? throw new InvalidOperationException($"could not start {command.FileName}");
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Runs a command and captures stdout and stderr; a missing executable yields exit code 127.</summary>
    public static ProcessOutput Capture(CommandLine command, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            using var process = Process.Start(StartInfo(command, capture: true))
                ?? throw new InvalidOperationException($"could not start {command.FileName}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                return new ProcessOutput(124, stdout.Result, stderr.Result + $"\n{command.FileName} timed out");
            }

            return new ProcessOutput(process.ExitCode, stdout.Result, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ProcessOutput(127, string.Empty, $"{command.FileName}: {e.Message}");
        }
    }

    private static ProcessStartInfo StartInfo(CommandLine command, bool capture)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = capture,
            RedirectStandardError = capture,
        };
        foreach (var arg in command.Arguments)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
