using System.Text.RegularExpressions;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>
/// Finds the run id a file name carries. Run ids start with the run's UTC timestamp (<c>yyyyMMdd-HHmmss</c>, optionally
/// with <c>T</c>/<c>Z</c>) followed by an optional short git sha, so ordinal order of the timestamp digits is time order.
/// </summary>
internal static partial class RunIds
{
    /// <summary>
    /// The run id in <paramref name="path"/>: from the file name, else from the nearest folder that carries one
    /// (BenchmarkDotNet's own files sit in a per-run folder such as <c>logs/bdn-&lt;run&gt;/results/</c>); null when none does.
    /// </summary>
    public static string? Extract(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var segment in path.Split('/', '\\').Reverse())
        {
            var match = Pattern().Match(segment);
            if (match.Success)
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>The timestamp digits of a run id (<c>yyyyMMddHHmmss</c>), used to order runs.</summary>
    public static string SortKey(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return new string(runId.Where(char.IsAsciiDigit).Take(14).ToArray());
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{8}[-T_]?[0-9]{6}Z?(?:-[0-9a-f]{7,40})?(?![0-9a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
