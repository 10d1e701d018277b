using System.Globalization;

namespace FlyRigLoader.Configuration;

/// <summary>
/// How many problems a config file's validation lists. Aliases can make one bad node appear in many places (a list of
/// bad vials shared by every date), and each listed problem costs a message and a position; the limit keeps that
/// proportional to the file, as <see cref="YamlExpansion"/> keeps the tree. A file without aliases has fewer nodes than
/// characters, so it never reaches the limit.
/// </summary>
internal static class ConfigProblemLimit
{
    /// <summary>Problems every file may list, however short.</summary>
    public const int Floor = 1000;

    /// <summary>The most problems listed for a file of <paramref name="textLength"/> characters (then one line says how many more).</summary>
    public static int For(int textLength) => (int)Math.Min(int.MaxValue, (long)Floor + textLength);

    /// <summary>The last problem of a capped list: how many were found but not listed.</summary>
    public static ConfigProblem Unlisted(string source, int count, int limit) =>
        new(
            source,
            null,
            null,
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"{count} more problems not listed (at most {limit} are listed for a file of this length)"),
            "aliases repeat the problems of the node they name; fix the ones listed and load again");
}
