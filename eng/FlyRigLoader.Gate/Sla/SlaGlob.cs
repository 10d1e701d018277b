using System.Text.RegularExpressions;

namespace FlyRigLoader.Gate.Sla;

/// <summary>Matches registry globs against BenchmarkDotNet full names: <c>*</c> is any run of characters, the rest is literal.</summary>
public static class SlaGlob
{
    /// <summary>True when <paramref name="glob"/> matches the whole of <paramref name="fullName"/>.</summary>
    public static bool IsMatch(string glob, string fullName)
    {
        ArgumentNullException.ThrowIfNull(glob);
        var pattern = "^" + string.Join(".*", glob.Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(fullName, pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
