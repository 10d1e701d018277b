using System.Text;

namespace FlyRigLoader.Discovery;

/// <summary>
/// Rewrites the Python-only parts of a regex into .NET syntax: <c>(?P&lt;n&gt;</c> → <c>(?&lt;n&gt;</c>,
/// <c>(?P=n)</c> → <c>\k&lt;n&gt;</c>, <c>\Z</c> → <c>\z</c>. Escapes and character classes are copied untouched.
/// </summary>
internal static class PythonRegex
{
    public static string ToDotNet(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pattern.Contains("(?P", StringComparison.Ordinal) && !pattern.Contains("\\Z", StringComparison.Ordinal))
        {
            return pattern;
        }

        var sb = new StringBuilder(pattern.Length);
        var inClass = false;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(!inClass && pattern[i + 1] == 'Z' ? "\\z" : pattern.AsSpan(i, 2));
                i += 2;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                sb.Append(c);
                i++;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                sb.Append(c);
                i++;

                // A ']' right after '[' or '[^' is a member, not the end of the class.
                if (i < pattern.Length && pattern[i] == '^')
                {
                    sb.Append('^');
                    i++;
                }

                if (i < pattern.Length && pattern[i] == ']')
                {
                    sb.Append(']');
                    i++;
                }

                continue;
            }

            if (string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0)
            {
                sb.Append("(?<");
                i += 4;
                continue;
            }

            if (string.CompareOrdinal(pattern, i, "(?P=", 0, 4) == 0)
            {
                var close = pattern.IndexOf(')', i + 4);
                if (close > 0)
                {
                    sb.Append("\\k<").Append(pattern, i + 4, close - i - 4).Append('>');
                    i = close + 1;
                    continue;
                }
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }
}
