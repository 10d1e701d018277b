namespace FlyRigLoader.Gate.Core.Results;

/// <summary>The namespace convention of the suite: <c>FlyRigLoader.Benchmarks.&lt;Area&gt;</c> names the category.</summary>
public static class BenchmarkCategories
{
    /// <summary>The namespace every benchmark of the suite lives under.</summary>
    public const string RootNamespace = "FlyRigLoader.Benchmarks";

    /// <summary>Category of a benchmark outside the convention.</summary>
    public const string Uncategorized = "uncategorized";

    /// <summary>Namespace segment → category, in report order.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> BySegment =
    [
        new("DataLoading", "data-loading"),
        new("Discovery", "discovery"),
        new("Transformation", "transformation"),
        new("Config", "config"),
        new("Memory", "memory"),
    ];

    /// <summary>The category for a benchmark namespace (first segment below the root decides).</summary>
    public static string FromNamespace(string? ns)
    {
        if (string.IsNullOrEmpty(ns) || !ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal))
        {
            return Uncategorized;
        }

        var segment = ns[(RootNamespace.Length + 1)..].Split('.')[0];
        foreach (var (name, category) in BySegment)
        {
            if (string.Equals(name, segment, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return Uncategorized;
    }
}
