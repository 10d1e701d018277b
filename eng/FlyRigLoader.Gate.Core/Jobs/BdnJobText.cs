namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>
/// BenchmarkDotNet's job characteristics as one canonical text (pure). A case's <c>DisplayInfo</c> reads
/// <c>Type.Method: smoke(MinInvokeCount=1, …, WarmupCount=3) [Size=small]</c>: the characteristics are the text in
/// the parentheses after the job's id, sorted so their order in BenchmarkDotNet's output does not matter.
/// </summary>
public static class BdnJobText
{
    /// <summary>The sorted characteristics of one case (empty when the job has none beyond the defaults), or null for no text.</summary>
    public static string? FromDisplayInfo(string? displayInfo)
    {
        if (string.IsNullOrWhiteSpace(displayInfo))
        {
            return null;
        }

        var colon = displayInfo.IndexOf(": ", StringComparison.Ordinal);
        var job = colon >= 0 ? displayInfo[(colon + 2)..] : displayInfo;
        var open = job.IndexOf('(', StringComparison.Ordinal);
        var parameters = job.IndexOf(" [", StringComparison.Ordinal);
        if (open < 0 || (parameters >= 0 && parameters < open))
        {
            return string.Empty;
        }

        var depth = 0;
        for (var i = open; i < job.Length; i++)
        {
            depth += job[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return Sorted(job[(open + 1)..i]);
            }
        }

        return Sorted(job[(open + 1)..]);
    }

    /// <summary>The run's job text: its cases' distinct texts, sorted, joined by <c> | </c> (one text when the suite has one job).</summary>
    public static string Combine(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return string.Join(" | ", texts.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>Characteristic name → value of one job text; null when the text joins several jobs or is empty.</summary>
    public static IReadOnlyDictionary<string, string>? Characteristics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text.Contains(" | ", StringComparison.Ordinal))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in Split(text))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            values[equals > 0 ? item[..equals] : item] = equals > 0 ? item[(equals + 1)..] : string.Empty;
        }

        return values;
    }

    private static string Sorted(string inner) => string.Join(", ", Split(inner).Order(StringComparer.Ordinal));

    private static string[] Split(string inner) =>
        inner.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
