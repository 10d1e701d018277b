using System.Diagnostics;

namespace FlyRigLoader.Gate.Execution;

/// <summary>Runs a child process, streaming each output line to a callback, and kills its whole tree on timeout.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> and waits for it, or for <paramref name="timeout"/>.</summary>
    public static ProcessOutcome Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan? timeout, Action<string> onLine)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(onLine);
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
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
            return new ProcessOutcome(-1, false, watch.Elapsed, $"cannot start {fileName}: {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = timeout is { } t ? process.WaitForExit(t) : process.WaitForExit(Timeout.Infinite);
        if (!finished)
        {
            // BenchmarkDotNet runs every benchmark in a child process: only killing the tree stops the measurement.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessOutcome(-1, true, watch.Elapsed);
        }

        process.WaitForExit(); // drains the asynchronous output readers
        return new ProcessOutcome(process.ExitCode, false, watch.Elapsed);
    }
}
