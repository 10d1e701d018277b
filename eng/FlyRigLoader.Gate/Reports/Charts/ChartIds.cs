using System.Security.Cryptography;
using System.Text;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>File-name-safe chart ids: a readable slug plus a short hash of the full key, so distinct keys never collide.</summary>
internal static class ChartIds
{
    /// <summary>
    /// <c>&lt;prefix&gt;-&lt;slug&gt;-&lt;hash8&gt;</c>, lower-case letters, digits and dashes only; the slug comes from
    /// <paramref name="readable"/> (default: the key) and the hash from <paramref name="key"/>.
    /// </summary>
    public static string For(string prefix, string key, string? readable = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(key);
        var slug = new StringBuilder();
        foreach (var c in (readable ?? key).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > 60)
        {
            text = text[..60].Trim('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
        return text.Length == 0 ? $"{prefix}-{hash}" : $"{prefix}-{text}-{hash}";
    }
}
