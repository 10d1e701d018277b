namespace FlyRigLoader.Configuration;

/// <summary>
/// How a mapping's entries are collected, shared by both YAML parsers (<see cref="YamlTree"/> over YamlDotNet and
/// <see cref="YamlFastParser"/>) so duplicate keys and <c>&lt;&lt;</c> merge keys mean exactly the same in either.
/// </summary>
internal static class YMappingRules
{
    private const int LinearLimit = 16;

    /// <summary>True for a plain, untagged <c>&lt;&lt;</c> key: its value is merged instead of stored.</summary>
    public static bool IsMergeKey(YNode key) =>
        key is { Kind: YKind.Scalar, Value: "<<", Tag: null, Style: YamlDotNet.Core.ScalarStyle.Plain };

    /// <summary>
    /// False when <paramref name="key"/> is already a key of <paramref name="pairs"/>. Most config mappings are small,
    /// so a set is only taken once linear duplicate checks get long: an empty one from <paramref name="spares"/> when
    /// there is one, else a new one.
    /// </summary>
    public static bool IsNewKey(ReadOnlySpan<KeyValuePair<YNode, YNode>> pairs, ref HashSet<string>? seen, string key, Stack<HashSet<string>>? spares = null)
    {
        if (seen is null)
        {
            foreach (var pair in pairs)
            {
                if (pair.Key.Kind == YKind.Scalar && pair.Key.Value == key)
                {
                    return false;
                }
            }

            if (pairs.Length < LinearLimit)
            {
                return true;
            }

            seen = spares is { Count: > 0 } ? spares.Pop() : new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                if (pair.Key.Kind == YKind.Scalar)
                {
                    seen.Add(pair.Key.Value);
                }
            }
        }

        return seen.Add(key);
    }

    /// <summary>YAML merge keys: entries of the merged mappings fill in keys the mapping does not set itself.</summary>
    public static void Merge(List<KeyValuePair<YNode, YNode>> pairs, List<YNode> merges)
    {
        var seen = pairs.Where(p => p.Key.Kind == YKind.Scalar).Select(p => p.Key.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var source in merges.SelectMany(m => m.Kind == YKind.Sequence ? m.Items! : [m]))
        {
            if (source.Kind != YKind.Mapping)
            {
                continue;
            }

            foreach (var pair in source.Pairs!)
            {
                if (pair.Key.Kind != YKind.Scalar || seen.Add(pair.Key.Value))
                {
                    pairs.Add(pair);
                }
            }
        }
    }
}
