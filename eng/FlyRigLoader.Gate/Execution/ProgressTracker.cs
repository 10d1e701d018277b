using System.Globalization;

namespace FlyRigLoader.Gate.Execution;

/// <summary>Turns progress events into one status line per started benchmark: <c>[n/N] name  elapsed 01:23  ETA ~4 min</c>.</summary>
internal sealed class ProgressTracker
{
    private int _started;
    private int? _total;
    private TimeSpan? _eta;

    /// <summary>Benchmarks started so far.</summary>
    public int Started => _started;

    /// <summary>Total announced by BenchmarkDotNet, if seen.</summary>
    public int? Total => _total;

    /// <summary>Applies an event; returns the status line to print, or null.</summary>
    public string? Apply(ProgressEvent e, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Kind)
        {
            case ProgressKind.Found:
                _total = e.Count;
                return null;
            case ProgressKind.Remained:
                _eta = e.Eta;
                if (_total is null && e.Count is { } remaining)
                {
                    _total = _started + remaining;
                }

                return null;
            default:
                _started++;
                var of = _total?.ToString(CultureInfo.InvariantCulture) ?? "?";
                var eta = _eta is { } t ? $"  ETA ~{Format(t)}" : "";
                return string.Create(CultureInfo.InvariantCulture, $"  [{_started}/{of}] {e.Benchmark}  elapsed {Format(elapsed)}{eta}");
        }
    }

    private static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
}
