namespace FlyRigLoader.Tests.Discovery;

/// <summary>
/// A deliberately naive recursive fnmatch, written independently of the production matcher, used as the oracle in
/// property tests.
/// </summary>
internal static class ReferenceGlob
{
    public static bool IsMatch(string pattern, string name) => Match(pattern, 0, name, 0);

    private static bool Match(string p, int pi, string s, int si)
    {
        if (pi == p.Length)
        {
            return si == s.Length;
        }

        var c = p[pi];
        if (c == '*')
        {
            return Match(p, pi + 1, s, si) || (si < s.Length && Match(p, pi, s, si + 1));
        }

        if (si == s.Length)
        {
            return false;
        }

        if (c == '?')
        {
            return Match(p, pi + 1, s, si + 1);
        }

        if (c == '[' && TryClass(p, pi, s[si], out var matched, out var next))
        {
            return matched && Match(p, next, s, si + 1);
        }

        return c == s[si] && Match(p, pi + 1, s, si + 1);
    }

    private static bool TryClass(string p, int open, char ch, out bool matched, out int next)
    {
        var j = open + 1;
        var negated = j < p.Length && p[j] == '!';
        if (negated)
        {
            j++;
        }

        var hit = false;
        var first = true;
        while (true)
        {
            if (j >= p.Length)
            {
                matched = false;
                next = 0;
                return false;
            }

            if (p[j] == ']' && !first)
            {
                break;
            }

            first = false;
            if (j + 2 < p.Length && p[j + 1] == '-' && p[j + 2] != ']')
            {
                hit |= ch >= p[j] && ch <= p[j + 2];
                j += 3;
            }
            else
            {
                hit |= ch == p[j];
                j++;
            }
        }

        matched = hit != negated;
        next = j + 1;
        return true;
    }
}
