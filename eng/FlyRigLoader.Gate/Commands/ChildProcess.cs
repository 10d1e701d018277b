using System.Diagnostics;

namespace FlyRigLoader.Gate.Commands;

/// <summary>The one place the gate starts processes: inherits the console, captures output, or streams it line by line.</summary>
public static class ChildProcess
{
    // How often a streamed process's CPU time is read: the last reading before exit is what a caller gets on Linux.
    private static readonly TimeSpan CpuPollInterval = TimeSpan.FromMilliseconds(250);

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

    /// <summary>
    /// Runs a command, streaming each stdout/stderr line to <paramref name="onLine"/>, and waits for it or for
    /// <paramref name="timeout"/> (null: no limit), killing its whole process tree on timeout.
    /// </summary>
    public static ProcessOutcome Stream(CommandLine command, TimeSpan? timeout, Action<string> onLine)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(onLine);
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = StartInfo(command, capture: true) };
        var gate = new object();
        void Line(string? data)
        {
            if (data is not null)
            {
                // Output and error arrive on different threads; the callback writes a log and the console.
                lock (gate)
                {
                    onLine(data);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new ProcessOutcome(-1, false, watch.Elapsed, $"cannot start {command.FileName}: {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = timeout is { } t ? watch.Elapsed + t : (TimeSpan?)null;
        TimeSpan? cpu = null;
        var finished = false;
        while (!finished)
        {
            var slice = deadline is { } d ? Min(CpuPollInterval, d - watch.Elapsed) : CpuPollInterval;
            if (slice <= TimeSpan.Zero)
            {
                break;
            }

            finished = process.WaitForExit(slice);
            cpu = CpuTimeOf(process) ?? cpu;
        }

        if (!finished)
        {
            // BenchmarkDotNet runs every benchmark in a child process: only killing the tree stops the measurement.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessOutcome(-1, true, watch.Elapsed, CpuTime: cpu);
        }

        process.WaitForExit(); // drains the asynchronous output readers
        return new ProcessOutcome(process.ExitCode, false, watch.Elapsed, CpuTime: cpu);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    // Windows keeps an exited process's times behind its handle; Linux reads /proc/<pid>/stat, gone once it exited.
    private static TimeSpan? CpuTimeOf(Process process)
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception or IOException)
        {
            return null;
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

        foreach (var (name, value) in command.Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        return info;
    }
}
