using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace FlyRigLoader.Gate.Accuracy.Trials;

/// <summary>
/// The noisy neighbour of the neighbour experiment: this tool's own <c>burn</c> command as a child process, copying
/// large buffers on the last core. It is always killed on dispose, and it also stops by itself when this process is
/// gone or its time limit passes, so an interrupted run cannot leave it burning.
/// </summary>
internal sealed class Neighbour : IDisposable
{
    /// <summary>Buffer size of the copy loop: far beyond any cache, so every copy streams through memory.</summary>
    public const int Megabytes = 256;

    private readonly Process _process;

    private Neighbour(Process process, string description)
    {
        _process = process;
        Description = description;
    }

    /// <summary>What was started (for the log).</summary>
    public string Description { get; }

    /// <summary>The core the neighbour is pinned to: the last one (the suite is not pinned, like a real neighbour's victim).</summary>
    public static int Core => Math.Max(0, System.Environment.ProcessorCount - 1);

    /// <summary>The burner's arguments after <c>dotnet</c> (pure).</summary>
    public static IReadOnlyList<string> Arguments(string toolDll, int parentPid, int core, TimeSpan limit, int megabytes = Megabytes) =>
    [
        toolDll, "burn", "--megabytes", megabytes.ToString(CultureInfo.InvariantCulture), "--core", core.ToString(CultureInfo.InvariantCulture),
        "--parent", parentPid.ToString(CultureInfo.InvariantCulture), "--seconds", ((int)limit.TotalSeconds).ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Starts the burner and waits until it says it is burning (its buffers are allocated and touched).</summary>
    /// <exception cref="InvalidOperationException">It did not start or did not report within a minute.</exception>
    public static Neighbour Start(string toolDll, TimeSpan limit, int megabytes = Megabytes)
    {
        ArgumentNullException.ThrowIfNull(toolDll);
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in Arguments(toolDll, System.Environment.ProcessId, Core, limit, megabytes))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the neighbour process");
        var neighbour = new Neighbour(process, "dotnet " + string.Join(' ', info.ArgumentList));
        var ready = process.StandardOutput.ReadLineAsync();
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        if (!ready.Wait(TimeSpan.FromMinutes(1)) || ready.Result is not { } line || !line.StartsWith("burning", StringComparison.Ordinal))
        {
            neighbour.Dispose();
            throw new InvalidOperationException("the neighbour process did not start burning within a minute");
        }

        return neighbour;
    }

    /// <summary>Its process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>True while it runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
