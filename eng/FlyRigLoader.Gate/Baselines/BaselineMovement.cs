using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>What appending a run did to a baseline's references, benchmark by benchmark, largest move first. Pure.</summary>
internal static class BaselineMovement
{
    /// <summary>Compares the references of <paramref name="before"/> (null for a new file) and <paramref name="after"/>.</summary>
    public static IReadOnlyList<BaselineMove> Compare(BaselineFile? before, BaselineFile after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var old = Index(before);
        var now = Index(after);
        return [.. old.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Select(name => new BaselineMove(
                name,
                old.GetValueOrDefault(name).Time, now.GetValueOrDefault(name).Time,
                old.GetValueOrDefault(name).Bytes, now.GetValueOrDefault(name).Bytes))
            .OrderByDescending(m => m.Ratio is { } r ? Math.Abs(Math.Log(r)) : -1)
            .ThenBy(m => m.FullName, StringComparer.Ordinal)];
    }

    private static Dictionary<string, (double? Time, double? Bytes)> Index(BaselineFile? file) =>
        file is null
            ? new Dictionary<string, (double?, double?)>(StringComparer.Ordinal)
            : file.Histories().ToDictionary(
                h => h.FullName,
                h =>
                {
                    var bytes = h.AllocatedBytesPerOp.OfType<double>().ToList();
                    return ((double?)RobustStatistics.Median(h.RunSamplesNs.Select(RobustStatistics.Median)), bytes.Count == 0 ? null : (double?)RobustStatistics.Median(bytes));
                },
                StringComparer.Ordinal);
}
