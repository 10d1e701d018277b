namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// The <c>key: value</c> text that macOS and Windows tools print (sysctl, sw_vers, vm_stat, diskutil, system_profiler,
/// PowerShell's <c>Format-List</c>): a line splits at its first colon, keys and values are trimmed, and a blank line ends
/// a block (one per processor or disk in <c>Format-List</c> output).
/// </summary>
internal static class KeyValueText
{
    /// <summary>Every block of <paramref name="text"/>, each mapping a key to its first value; empty for null text.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Blocks(string? text)
    {
        var blocks = new List<IReadOnlyDictionary<string, string>>();
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                current.TryAdd(line[..colon].Trim().Trim('"'), line[(colon + 1)..].Trim());
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    /// <summary>All blocks merged, the first value of a key winning.</summary>
    public static IReadOnlyDictionary<string, string> Pairs(string? text)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in Blocks(text))
        {
            foreach (var (key, value) in block)
            {
                pairs.TryAdd(key, value);
            }
        }

        return pairs;
    }
}
