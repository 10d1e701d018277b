namespace FlyRigLoader.Gate.Core.Statistics.ChangePoints;

/// <summary>
/// E-divisive means (Matteson and James, 2014; the method of Apache Otava/Hunter): hierarchical splitting of a series
/// where the energy distance between the two sides is largest, each split accepted only when a permutation test says
/// it is unlikely under "no change". Distribution-free, so it finds shifts in level without assuming normal noise;
/// an accepted step is then placed by least squares within its segment (see <see cref="MeanShiftSplit"/>).
/// Pure and deterministic: the permutations are seeded.
/// </summary>
public static class EDivisive
{
    /// <summary>
    /// The steps in a history of positive measurements (e.g. medians in ns), found on their logarithms so that a step
    /// is a ratio whatever the benchmark's scale; each with the medians of the segments on either side.
    /// </summary>
    public static IReadOnlyList<ChangePoint> Steps(IReadOnlyList<double> history, EDivisiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Any(v => !(v > 0) || double.IsInfinity(v)))
        {
            throw new ArgumentException("every history value must be positive and finite", nameof(history));
        }

        var splits = Detect(history.Select(v => Math.Log(v)).ToList(), options);
        var bounds = splits.Select(s => s.Index).Prepend(0).Append(history.Count).ToList();
        return splits.Select((s, i) => new ChangePoint(
            s.Index,
            s.PValue,
            RobustStatistics.Median(history, bounds[i], s.Index),
            RobustStatistics.Median(history, s.Index, bounds[i + 2]))).ToList();
    }

    /// <summary>The accepted splits of <paramref name="series"/> in position order, each with its p-value; empty when none is significant.</summary>
    /// <param name="series">Values in time order.</param>
    /// <param name="options">Minimum segment length, significance, permutations, seed.</param>
    public static IReadOnlyList<(int Index, double PValue)> Detect(IReadOnlyList<double> series, EDivisiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinSegment, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Permutations, 1);
        var x = series.ToArray();
        var random = new Random(options.Seed);
        var cuts = new List<int> { 0, x.Length };
        var accepted = new List<(int Index, double PValue)>();
        while (true)
        {
            // The best split of every current segment; only the strongest is tested, as in e.divisive.
            var best = (Start: 0, End: 0, Split: -1, Q: double.NegativeInfinity);
            for (var s = 0; s + 1 < cuts.Count; s++)
            {
                var (split, q) = BestSplit(x.AsSpan(cuts[s], cuts[s + 1] - cuts[s]), options.MinSegment);
                if (split >= 0 && q > best.Q)
                {
                    best = (cuts[s], cuts[s + 1], cuts[s] + split, q);
                }
            }

            if (best.Split < 0)
            {
                break;
            }

            // The candidate is the strongest of the k segments' best splits, a maximum over k tests, so it must pass at
            // α / k (Bonferroni): at α it also took the small residual shift a step placed one run off leaves in its
            // segment, a second, spurious step in 1.7 % of histories with one ×1.10 step at σ 0.04 (0.6 % at α / k).
            var segments = cuts.Count - 1;
            var alpha = options.Alpha / segments;
            var p = PValue(x.AsSpan(best.Start, best.End - best.Start).ToArray(), best.Q, Permutations(options, alpha), options, random);
            if (p > alpha)
            {
                break;
            }

            // The energy test decides that the segment changes; where is left to least squares, which places a level
            // shift in Gaussian-like log noise more tightly than the α = 1 energy distance does.
            var place = best.Start + MeanShiftSplit(x.AsSpan(best.Start, best.End - best.Start), options.MinSegment);
            cuts.Insert(~cuts.BinarySearch(place), place);
            accepted.Add((place, p));
        }

        return [.. accepted.OrderBy(a => a.Index)];
    }

    /// <summary>
    /// Permutations for a test at <paramref name="alpha"/>: the configured count, or enough that one permutation at least
    /// as strong as the observed split still leaves p ≤ α (at α / k the configured 199 could not reach p ≤ 0.0033).
    /// </summary>
    internal static int Permutations(EDivisiveOptions options, double alpha) =>
        Math.Max(options.Permutations, (int)Math.Ceiling(2 / alpha) - 1);

    /// <summary>The p-value of the strongest split of <paramref name="segment"/> under random reordering.</summary>
    private static double PValue(double[] segment, double observed, int permutations, EDivisiveOptions options, Random random)
    {
        var atLeast = 0;
        for (var p = 0; p < permutations; p++)
        {
            random.Shuffle(segment);
            if (BestSplit(segment, options.MinSegment).Q >= observed)
            {
                atLeast++;
            }
        }

        return (atLeast + 1.0) / (permutations + 1.0);
    }

    /// <summary>
    /// The split τ of <paramref name="segment"/> that leaves the least squared error about the two sides' means (the
    /// Gaussian maximum-likelihood place of one mean shift), both sides at least <paramref name="minSegment"/> long.
    /// </summary>
    internal static int MeanShiftSplit(ReadOnlySpan<double> segment, int minSegment)
    {
        var n = segment.Length;
        var total = 0.0;
        foreach (var v in segment)
        {
            total += v;
        }

        // Minimizing the within-sides squared error is maximizing nL·nR/n·(meanL − meanR)², from prefix sums alone.
        var best = (Split: -1, Score: double.NegativeInfinity);
        var left = 0.0;
        for (var tau = 1; tau <= n - minSegment; tau++)
        {
            left += segment[tau - 1];
            if (tau < minSegment)
            {
                continue;
            }

            var gap = (left / tau) - ((total - left) / (n - tau));
            var score = (double)tau * (n - tau) / n * gap * gap;
            if (score > best.Score)
            {
                best = (tau, score);
            }
        }

        return best.Split;
    }

    /// <summary>
    /// The split τ of <paramref name="segment"/> maximizing Q = (nL·nR / n)·(2·mean|L−R| − mean|L−L'| − mean|R−R'|),
    /// with both sides at least <paramref name="minSegment"/> long; (-1, −∞) when the segment is too short.
    /// </summary>
    internal static (int Split, double Q) BestSplit(ReadOnlySpan<double> segment, int minSegment)
    {
        var n = segment.Length;
        if (n < 2 * minSegment)
        {
            return (-1, double.NegativeInfinity);
        }

        // Prefix sums over the distance matrix make every candidate O(1): rect(a..b, c..d) = Σ|x_i − x_j|.
        var prefix = new double[(n + 1) * (n + 1)];
        for (var i = 0; i < n; i++)
        {
            var row = 0.0;
            for (var j = 0; j < n; j++)
            {
                row += Math.Abs(segment[i] - segment[j]);
                prefix[((i + 1) * (n + 1)) + j + 1] = prefix[(i * (n + 1)) + j + 1] + row;
            }
        }

        double Rect(int r0, int r1, int c0, int c1) =>
            prefix[(r1 * (n + 1)) + c1] - prefix[(r0 * (n + 1)) + c1] - prefix[(r1 * (n + 1)) + c0] + prefix[(r0 * (n + 1)) + c0];

        var best = (Split: -1, Q: double.NegativeInfinity);
        for (var tau = minSegment; tau <= n - minSegment; tau++)
        {
            double left = tau, right = n - tau;
            var between = Rect(0, tau, tau, n) / (left * right);
            var withinLeft = Rect(0, tau, 0, tau) / (left * (left - 1));
            var withinRight = Rect(tau, n, tau, n) / (right * (right - 1));
            var q = left * right / n * ((2 * between) - withinLeft - withinRight);
            if (q > best.Q)
            {
                best = (tau, q);
            }
        }

        return best;
    }
}
