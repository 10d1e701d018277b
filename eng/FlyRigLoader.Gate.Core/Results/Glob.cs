namespace FlyRigLoader.Gate.Core.Results;

/// <summary>The one glob dialect of the gate (SLA registry, threshold overrides, accuracy logs): <c>*</c> matches any run of characters, everything else is literal.</summary>
public static class Glob
{
    /// <summary>Whole-string, case-sensitive match (BenchmarkDotNet full names are case-sensitive).</summary>
    public static bool IsMatch(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
