namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>
/// One-sided Mann–Whitney U test ("are the current samples stochastically larger than the baseline's?").
/// Exact null distribution for small tie-free samples, normal approximation with tie and continuity correction otherwise.
/// </summary>
public static class MannWhitneyTest
{
    // Above this the exact distribution is both slow and indistinguishable from the normal approximation.
    private const int ExactLimit = 50;

    /// <summary>P-value of H1 "x tends to be larger than y"; 1 when either side is empty.</summary>
    public static double PValueGreater(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || y.Count == 0)
        {
            return 1.0;
        }

        var (u, tieTerm) = UStatistic(x, y);
        int n = x.Count, m = y.Count;
        if (tieTerm == 0 && n + m <= ExactLimit)
        {
            return ExactUpperTail(n, m, (int)Math.Round(u));
        }

        double nm = (double)n * m, total = n + m;
        var mean = nm / 2.0;
        var variance = nm / 12.0 * (total + 1 - (tieTerm / (total * (total - 1))));
        if (variance <= 0)
        {
            return 1.0;
        }

        var z = (u - mean - 0.5) / Math.Sqrt(variance);
        return Math.Clamp(1.0 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, z), 0.0, 1.0);
    }

    /// <summary>
    /// The U statistic of <paramref name="x"/>: pairs (x, y) with x above y, ties counting half (SciPy's
    /// <c>mannwhitneyu(x, y).statistic</c>, the suite guide's <c>test_statistic</c>).
    /// </summary>
    public static double U(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return UStatistic(x, y).U;
    }

    /// <summary>P-value of H1 "x tends to be smaller than y".</summary>
    public static double PValueLess(IReadOnlyList<double> x, IReadOnlyList<double> y) => PValueGreater(y, x);

    /// <summary>
    /// The smallest one-sided p-value any data of these sizes can produce (all of x above all of y): 1 / C(n+m, n).
    /// A test whose minimum exceeds α can never reject, so the verdict must be INSUFFICIENT_DATA rather than "no change".
    /// </summary>
    public static double MinimumPValue(int n, int m)
    {
        if (n <= 0 || m <= 0)
        {
            return 1.0;
        }

        // log C(n+m, n) via log-gamma keeps large sizes finite.
        var logChoose = MathNet.Numerics.SpecialFunctions.GammaLn(n + m + 1.0)
            - MathNet.Numerics.SpecialFunctions.GammaLn(n + 1.0)
            - MathNet.Numerics.SpecialFunctions.GammaLn(m + 1.0);
        return Math.Exp(-logChoose);
    }

    /// <summary>U of x (number of pairs with x above y, ties counting half) and the tie correction Σ(t³ − t).</summary>
    internal static (double U, double TieTerm) UStatistic(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var all = new (double Value, bool IsX)[x.Count + y.Count];
        for (var i = 0; i < x.Count; i++)
        {
            all[i] = (x[i], true);
        }

        for (var j = 0; j < y.Count; j++)
        {
            all[x.Count + j] = (y[j], false);
        }

        Array.Sort(all, (a, b) => a.Value.CompareTo(b.Value));
        double rankSumX = 0, tieTerm = 0;
        var k = 0;
        while (k < all.Length)
        {
            var end = k;
            while (end + 1 < all.Length && all[end + 1].Value.Equals(all[k].Value))
            {
                end++;
            }

            var midRank = ((k + 1) + (end + 1)) / 2.0;
            double t = end - k + 1;
            tieTerm += (t * t * t) - t;
            for (var i = k; i <= end; i++)
            {
                if (all[i].IsX)
                {
                    rankSumX += midRank;
                }
            }

            k = end + 1;
        }

        var u = rankSumX - (x.Count * (x.Count + 1.0) / 2.0);
        return (u, tieTerm);
    }

    /// <summary>P(U ≥ u) under H0 from the exact count of rank arrangements.</summary>
    private static double ExactUpperTail(int n, int m, int u)
    {
        // counts[i][j][v]: arrangements of i x's and j y's with U = v; built with one rolling table per i.
        var maxU = n * m;
        var previous = new double[m + 1][];
        for (var j = 0; j <= m; j++)
        {
            previous[j] = new double[maxU + 1];
            previous[j][0] = 1; // no x: U is 0 in exactly one way
        }

        for (var i = 1; i <= n; i++)
        {
            var current = new double[m + 1][];
            current[0] = new double[maxU + 1];
            current[0][0] = 1;
            for (var j = 1; j <= m; j++)
            {
                // The largest element is either an x (it beats all j y's) or a y (it adds nothing).
                var row = new double[maxU + 1];
                var fromX = previous[j];
                var fromY = current[j - 1];
                for (var v = 0; v <= i * j; v++)
                {
                    row[v] = (v >= j ? fromX[v - j] : 0) + fromY[v];
                }

                current[j] = row;
            }

            previous = current;
        }

        var counts = previous[m];
        double tail = 0, total = 0;
        for (var v = 0; v <= maxU; v++)
        {
            total += counts[v];
            if (v >= u)
            {
                tail += counts[v];
            }
        }

        return tail / total;
    }
}
