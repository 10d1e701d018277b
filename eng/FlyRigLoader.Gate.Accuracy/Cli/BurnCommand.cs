using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Accuracy.Cli;

/// <summary>
/// <c>burn --megabytes 256 --core K --parent PID --seconds S</c>: the neighbour experiment's noisy neighbour. Pins itself to
/// core K where the OS allows it, then copies one large buffer into another and back, as fast as it can: a full core of
/// CPU and as much memory bandwidth as that core can pull. It stops when the parent process is gone or after S seconds.
/// </summary>
internal static class BurnCommand
{
    /// <summary>The command name.</summary>
    public const string Name = "burn";

    /// <summary>Runs it; returns 0 when it stopped, 2 on bad arguments.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        int? megabytes = 256, core = null, parent = null, seconds = 3600;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            switch (args[i])
            {
                case "--megabytes": megabytes = value is > 0 and <= 4096 ? value : null; break;
                case "--core": core = value; break;
                case "--parent": parent = value; break;
                case "--seconds": seconds = value is > 0 ? value : null; break;
                default: megabytes = null; break;
            }
        }

        if (args.Count % 2 != 0 || megabytes is null || seconds is null)
        {
            error.WriteLine("usage: burn [--megabytes 1-4096] [--core K] [--parent PID] [--seconds S]");
            return ExitCodes.Error;
        }

        var pinned = core is { } k && Pin(k);
        var from = new byte[megabytes.Value * 1024L * 1024L];
        var to = new byte[from.Length];
        Array.Fill(from, (byte)1);
        Array.Fill(to, (byte)2);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"burning: copying {megabytes} MB buffers{(pinned ? $" on core {core}" : " (not pinned)")}"));
        output.Flush();
        var until = Stopwatch.StartNew();
        while (until.Elapsed.TotalSeconds < seconds && (parent is not { } p || Alive(p)))
        {
            from.AsSpan().CopyTo(to);
            (from, to) = (to, from);
        }

        return ExitCodes.Ok;
    }

    private static bool Pin(int core)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            // On Linux this is sched_setaffinity of the main thread, the one that copies.
            Process.GetCurrentProcess().ProcessorAffinity = (nint)(1L << core);
            return true;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or Win32Exception or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
