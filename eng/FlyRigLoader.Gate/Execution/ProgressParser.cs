using System.Globalization;
using System.Text.RegularExpressions;

namespace FlyRigLoader.Gate.Execution;

/// <summary>Recognises BenchmarkDotNet 0.15 progress lines; every other line yields null.</summary>
internal static partial class ProgressParser
{
    /// <summary>Parses one line of BenchmarkDotNet's standard output.</summary>
    public static ProgressEvent? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (FoundRegex().Match(line) is { Success: true } found)
        {
            return new ProgressEvent(ProgressKind.Found, null, int.Parse(found.Groups[1].Value, CultureInfo.InvariantCulture), null);
        }

        if (StartedRegex().Match(line) is { Success: true } started)
        {
            var name = started.Groups["name"].Value;
            var parameters = started.Groups["params"].Value;
            return new ProgressEvent(ProgressKind.Started, parameters.Length > 0 ? $"{name} [{parameters}]" : name, null, null);
        }

        if (RemainedRegex().Match(line) is { Success: true } remained)
        {
            TimeSpan? eta = remained.Groups["h"].Success
                ? TimeSpan.FromHours(int.Parse(remained.Groups["h"].Value, CultureInfo.InvariantCulture)) + TimeSpan.FromMinutes(int.Parse(remained.Groups["m"].Value, CultureInfo.InvariantCulture))
                : null;
            return new ProgressEvent(ProgressKind.Remained, null, int.Parse(remained.Groups["n"].Value, CultureInfo.InvariantCulture), eta);
        }

        return null;
    }

    [GeneratedRegex(@"^// \*{5} Found (\d+) benchmark\(s\) in total \*{5}")]
    private static partial Regex FoundRegex();

    [GeneratedRegex(@"^// Benchmark: (?<name>[^:]+): [^\[]*?(?: \[(?<params>.*)\])?\s*$")]
    private static partial Regex StartedRegex();

    [GeneratedRegex(@"^// \*\* Remained (?<n>\d+) \([^)]*\) benchmark\(s\) to run\.(?:.*\((?<h>\d+)h (?<m>\d+)m from now\))?")]
    private static partial Regex RemainedRegex();
}
