using System.Globalization;

namespace FlyRigLoader.Interleaving.Cases;

/// <summary>
/// BenchmarkDotNet's full-name format (pure), so the gate pairs an interleaved measurement with baselines, overrides and
/// reports by the same name: <c>Namespace.Type.Method(Size: "small", Rows: 10000)</c>, strings quoted, numbers invariant.
/// </summary>
public static class CaseNames
{
    /// <summary>The full name of <paramref name="method"/> of <paramref name="typeName"/> with these parameter values.</summary>
    public static string FullName(string? ns, string typeName, string method, IEnumerable<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var head = string.IsNullOrEmpty(ns) ? $"{typeName}.{method}" : $"{ns}.{typeName}.{method}";
        var shown = parameters.Select(p => $"{p.Name}: {Display(p.Value)}").ToList();
        return shown.Count == 0 ? head : $"{head}({string.Join(", ", shown)})";
    }

    /// <summary>How a parameter value appears in a full name.</summary>
    public static string Display(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "True" : "False",
        IFormattable f and not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
