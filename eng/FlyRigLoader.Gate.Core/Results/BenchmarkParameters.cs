using System.Globalization;

namespace FlyRigLoader.Gate.Core.Results;

/// <summary>Reads BenchmarkDotNet's parameter text (<c>SizeMb=1&amp;Rows=10</c>) into name → value.</summary>
public static class BenchmarkParameters
{
    /// <summary>Splits the parameter text; null or empty text gives an empty map.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string? parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(parameters))
        {
            return values;
        }

        foreach (var pair in parameters.Split('&', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
        }

        return values;
    }

    /// <summary>The value of <paramref name="name"/> in the parameter text as a number (invariant culture), or null when absent or not a number.</summary>
    public static double? Number(string? parameters, string name) =>
        Parse(parameters).TryGetValue(name, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
