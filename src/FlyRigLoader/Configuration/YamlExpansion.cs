using System.Globalization;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Configuration;

/// <summary>
/// The bound on how much aliases may multiply a YAML document. A document's expanded size counts every node and every
/// scalar character of the tree as its walkers see it, with each alias counting the whole expanded size of the node it
/// names (merge keys included, since their values are aliases or inline nodes). Both parsers keep the same count, and
/// the alias that takes it past <see cref="Budget"/> is refused, so no later walk (model building, validation, positions
/// of findings) can visit more than the budget however the anchors nest.
/// </summary>
/// <remarks>
/// Without aliases the size is at most about twice the text length (every node needs a character of text, and a scalar
/// never holds more characters than its text), so the budget only ever limits what aliases add. The floor lets small
/// files share blocks freely; a "billion laughs" file of 1 KB stops after about a million units instead of 10^10.
/// </remarks>
internal static class YamlExpansion
{
    /// <summary>Expanded size every document may reach, however short.</summary>
    public const long Floor = 1_000_000;

    /// <summary>Expanded size allowed per character of the document's text.</summary>
    public const long PerCharacter = 4;

    /// <summary>The largest expanded size a document of <paramref name="textLength"/> characters may have.</summary>
    public static long Budget(int textLength) => Floor + (PerCharacter * textLength);

    /// <summary>What a scalar adds: one node and its characters.</summary>
    public static long ScalarSize(string value) => 1 + value.Length;

    public static ConfigException TooLarge(string source, int line, int column, string alias, long budget) =>
        new(
            ConfigErrorCodes.AliasExpansion,
            string.Create(CultureInfo.InvariantCulture, $"alias *{alias} expands the document past {budget:N0} nodes and scalar characters (the limit for a file of this length)"),
            string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}"),
            "aliases that nest other aliases multiply the document; write the repeated part out or reduce the nesting");

    public static ConfigException Recursive(string source, int line, int column, string alias) =>
        new(
            ConfigErrorCodes.AliasExpansion,
            $"alias *{alias} refers to a node that contains it, so its expansion is endless",
            string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}"),
            "an alias may only name a node that is complete where the alias appears");
}
