namespace FlyRigLoader.Gate.Sharding;

/// <summary>Reads the output of the benchmark exe's <c>--list flat</c> (one <c>Namespace.Type.Method</c> per line).</summary>
internal static class BenchmarkListParser
{
    /// <summary>
    /// The benchmark names in <paramref name="output"/>, distinct and sorted. Lines that cannot be names (blank, with
    /// spaces, without a dot) are log noise and are skipped, so a banner printed by the exe does not become a benchmark.
    /// </summary>
    public static IReadOnlyList<string> ParseFlat(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Any(char.IsWhiteSpace) && l.Contains('.', StringComparison.Ordinal) && char.IsLetter(l[0]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
