namespace FlyRigLoader.Configuration;

/// <summary>
/// Finds the YAML node a validation finding points at (a path of mapping keys and list indexes). Each mapping or list
/// is indexed the first time a finding passes through it, so positioning every finding of a config costs one pass over
/// the nodes involved rather than a linear scan (with a date coercion per key) for every finding.
/// </summary>
internal sealed class YPositionIndex(YNode? root)
{
    // Below this many entries a scan is cheaper than building a dictionary.
    private const int ScanLimit = 8;

    private readonly Dictionary<YNode, Dictionary<string, KeyValuePair<YNode, YNode>>> _mappings = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<YNode, Dictionary<string, YNode>> _sequences = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The node at <paramref name="segments"/> (string: mapping key, int: list index), or the deepest node reached when
    /// the path leaves the document; null without a document. <paramref name="atKey"/> selects the last key node itself;
    /// <paramref name="value"/> finds the last list item by its (trimmed) text, as blank items were dropped before indexing.
    /// </summary>
    public YNode? Locate(object[] segments, bool atKey, string? value)
    {
        if (root is null)
        {
            return null;
        }

        var node = root;
        for (var s = 0; s < segments.Length; s++)
        {
            var last = s == segments.Length - 1;
            switch (segments[s], node.Kind)
            {
                case (string key, YKind.Mapping):
                    if (!TryFindPair(node, key, out var pair))
                    {
                        return node;
                    }

                    node = last && atKey ? pair.Key : pair.Value;
                    break;
                case (int index, YKind.Sequence):
                    var byValue = last && value is not null ? FindItem(node, value) : null;
                    if (byValue is null && index >= node.Items!.Count)
                    {
                        return node;
                    }

                    node = byValue ?? node.Items![index];
                    break;
                default:
                    return node;
            }
        }

        return node;
    }

    // The first entry whose key is the segment as written or, for dates_vials, as coerced (2023-5-1 10:00:00 → 2023-05-01).
    private bool TryFindPair(YNode mapping, string key, out KeyValuePair<YNode, YNode> pair)
    {
        var pairs = mapping.Pairs!;
        if (pairs.Count <= ScanLimit)
        {
            foreach (var candidate in pairs)
            {
                if (candidate.Key.Kind == YKind.Scalar && (candidate.Key.Value == key || CoercedKey(candidate.Key) == key))
                {
                    pair = candidate;
                    return true;
                }
            }

            pair = default;
            return false;
        }

        if (!_mappings.TryGetValue(mapping, out var index))
        {
            index = new Dictionary<string, KeyValuePair<YNode, YNode>>(pairs.Count, StringComparer.Ordinal);
            foreach (var candidate in pairs)
            {
                if (candidate.Key.Kind == YKind.Scalar)
                {
                    index.TryAdd(candidate.Key.Value, candidate);
                    if (CoercedKey(candidate.Key) is { } coerced)
                    {
                        index.TryAdd(coerced, candidate);
                    }
                }
            }

            _mappings[mapping] = index;
        }

        return index.TryGetValue(key, out pair);
    }

    private YNode? FindItem(YNode sequence, string value)
    {
        var items = sequence.Items!;
        if (items.Count <= ScanLimit)
        {
            return items.FirstOrDefault(n => n.Kind == YKind.Scalar && n.Value.Trim() == value);
        }

        if (!_sequences.TryGetValue(sequence, out var index))
        {
            index = new Dictionary<string, YNode>(items.Count, StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item.Kind == YKind.Scalar)
                {
                    index.TryAdd(item.Value.Trim(), item);
                }
            }

            _sequences[sequence] = index;
        }

        return index.GetValueOrDefault(value);
    }

    // Only plain keys starting with a year can be coerced; skipping the rest avoids a regex match per key.
    private static string? CoercedKey(YNode key) =>
        key.Value.Length >= 8 && char.IsAsciiDigit(key.Value[0]) ? YamlScalars.DateKey(key, out _) : null;
}
