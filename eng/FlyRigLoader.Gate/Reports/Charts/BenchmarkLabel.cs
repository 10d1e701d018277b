namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Short readable names for chart titles and legends (full names carry the namespace).</summary>
internal static class BenchmarkLabel
{
    /// <summary><c>Type.Method(Parameters)</c>.</summary>
    public static string Of(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.IsNullOrEmpty(entry.Parameters) ? $"{entry.Type}.{entry.Method}" : $"{entry.Type}.{entry.Method}({entry.Parameters})";
    }

    /// <summary>The label of the report's entry with this full name, else the name without its namespace.</summary>
    public static string Of(string fullName, IReadOnlyDictionary<string, BenchmarkEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.TryGetValue(fullName, out var entry))
        {
            return Of(entry);
        }

        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        var head = paren < 0 ? fullName : fullName[..paren];
        var dots = head.Split('.');
        var shortHead = dots.Length >= 2 ? $"{dots[^2]}.{dots[^1]}" : head;
        return paren < 0 ? shortHead : shortHead + fullName[paren..];
    }

    /// <summary>Entries by full name.</summary>
    public static IReadOnlyDictionary<string, BenchmarkEntry> Index(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.AllEntries().DistinctBy(e => e.FullName).ToDictionary(e => e.FullName, StringComparer.Ordinal);
    }
}
