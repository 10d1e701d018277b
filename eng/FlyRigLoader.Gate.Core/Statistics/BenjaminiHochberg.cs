namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Benjamini–Hochberg step-up adjustment: controls the false discovery rate across a suite of tests.</summary>
public static class BenjaminiHochberg
{
    /// <summary>Adjusted p-values (q-values) in the input order; compare each with the FDR level.</summary>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var count = pValues.Count;
        var order = Enumerable.Range(0, count).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[count];
        var running = 1.0;
        for (var rank = count; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, pValues[index] * count / rank);
            adjusted[index] = Math.Min(1.0, running);
        }

        return adjusted;
    }
}
