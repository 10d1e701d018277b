using System.Globalization;

namespace FlyRigLoader.Gate.Options;

/// <summary>Shard <see cref="Index"/> (1-based) of <see cref="Count"/>.</summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses <c>k/n</c> with 1 ≤ k ≤ n; null when malformed.</summary>
    public static Shard? TryParse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n)
        {
            return null;
        }

        return new Shard(k, n);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
