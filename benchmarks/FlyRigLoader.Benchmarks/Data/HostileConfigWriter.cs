using System.Globalization;
using System.Text;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// Configs written to hurt a YAML loader, in the shapes the library must refuse cheaply: aliases nesting aliases (the
/// "billion laughs" file), and nesting far past the depth limit in flow and in block style.
/// </summary>
public static class HostileConfigWriter
{
    /// <summary>Generator version; bump when the files change.</summary>
    public const int Version = 1;

    /// <summary>The file names, one per shape.</summary>
    public static readonly IReadOnlyList<string> Files = ["nested_aliases.yaml", "deep_flow.yaml", "deep_block.yaml"];

    /// <summary>Writes every shape into <paramref name="directory"/>.</summary>
    public static void WriteAll(string directory)
    {
        File.WriteAllText(Path.Combine(directory, "nested_aliases.yaml"), NestedAliases(levels: 10, width: 10));
        File.WriteAllText(Path.Combine(directory, "deep_flow.yaml"), "a: " + new string('[', 20_000) + new string(']', 20_000) + "\n");
        File.WriteAllText(Path.Combine(directory, "deep_block.yaml"), DeepBlock(levels: 4_000));
    }

    private static string NestedAliases(int levels, int width)
    {
        var text = new StringBuilder("a0: &a0 [").AppendJoin(", ", Enumerable.Repeat("lol", width)).Append("]\n");
        for (var i = 1; i < levels; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", width)).Append("]\n");
        }

        return text.ToString();
    }

    // 4,000 levels of two-space indentation is 16 MB of text: just under the loader's file-size limit.
    private static string DeepBlock(int levels)
    {
        var text = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            text.Append(' ', 2 * i).Append(CultureInfo.InvariantCulture, $"k{i}:\n");
        }

        return text.Append(' ', 2 * levels).Append("v: 1\n").ToString();
    }
}
