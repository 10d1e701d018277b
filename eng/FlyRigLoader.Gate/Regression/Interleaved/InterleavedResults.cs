using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Interleaving;

namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>The result files one <c>--against</c> run leaves: <c>interleaved-result-&lt;launch&gt;.json</c>, one per launch.</summary>
internal static class InterleavedResults
{
    /// <summary>The file of launch <paramref name="launch"/> in <paramref name="directory"/>.</summary>
    public static string FileOf(string directory, int launch) =>
        Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"interleaved-result-{launch}.json"));

    /// <summary>Every launch's cases from <paramref name="directory"/>, in launch order.</summary>
    /// <exception cref="GateInputException">No result file, a gap in the launch numbers, or a malformed file.</exception>
    public static IReadOnlyList<IReadOnlyList<InterleavedCase>> ReadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new GateInputException(directory, "folder of interleaved results not found");
        }

        var count = Directory.EnumerateFiles(directory, "interleaved-result-*.json").Count();
        if (count == 0)
        {
            throw new GateInputException(directory, "no interleaved-result-<launch>.json in this folder");
        }

        return Enumerable.Range(0, count).Select(i => File.Exists(FileOf(directory, i))
            ? InterleavedRunFile.ReadCases(FileOf(directory, i))
            : throw new GateInputException(FileOf(directory, i), "missing: launches must be numbered 0.." + (count - 1).ToString(CultureInfo.InvariantCulture))).ToList();
    }
}
