using System.Globalization;
using FlyRigLoader.Gate.Core.Results;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Fits time against the size parameter for every benchmark family measured at two or more sizes.</summary>
public static class ScalingAnalysis
{
    /// <summary>The suite's size parameters, in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> SizeParameters = ["SizeMb", "Rows", "FileCount"];

    /// <summary>A family grows super-linearly when its whole exponent CI lies above this (10 % slack over linear).</summary>
    public const double SuperLinearExponent = 1.1;

    /// <summary>Fits every family of successful results that varies a size parameter.</summary>
    public static IReadOnlyList<ScalingFit> Analyze(IEnumerable<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var fits = new List<ScalingFit>();
        var candidates = results.Where(r => r.Success && r.SamplesNs.Count > 0).ToList();
        foreach (var parameter in SizeParameters)
        {
            var families = candidates
                .Where(r => r.ParameterValues.TryGetValue(parameter, out var v) && TryNumber(v, out var x) && x > 0)
                .GroupBy(r => FamilyKey(r, parameter), StringComparer.Ordinal);
            foreach (var family in families)
            {
                var members = family.Select(r => (Size: Number(r.ParameterValues[parameter]), Result: r)).OrderBy(m => m.Size).ToList();
                if (members.Select(m => m.Size).Distinct().Count() >= 2)
                {
                    fits.Add(Fit(family.Key, parameter, members));
                }
            }
        }

        return fits.OrderBy(f => f.Family, StringComparer.Ordinal).ToList();
    }

    /// <summary>The family of a case: type, method and every parameter except <paramref name="sizeParameter"/>.</summary>
    public static string FamilyKey(BenchmarkResult result, string sizeParameter)
    {
        ArgumentNullException.ThrowIfNull(result);
        var others = result.ParameterValues.Where(p => p.Key != sizeParameter).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}");
        var suffix = string.Join("&", others);
        var name = result.FullName;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        var baseName = paren > 0 ? name[..paren] : name;
        return suffix.Length == 0 ? baseName : $"{baseName}[{suffix}]";
    }

    private static ScalingFit Fit(string family, string parameter, List<(double Size, BenchmarkResult Result)> members)
    {
        var sizes = members.Select(m => m.Size).ToArray();
        var medians = members.Select(m => MathNet.Numerics.Statistics.Statistics.Median(m.Result.SamplesNs)).ToArray();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(sizes, medians);
        var r2 = GoodnessOfFit.RSquared(sizes.Select(x => intercept + (slope * x)), medians);

        // The exponent uses every sample, not only medians, so a two-size family still has degrees of freedom.
        var points = members.SelectMany(m => m.Result.SamplesNs.Where(s => s > 0).Select(s => (X: Math.Log(m.Size), Y: Math.Log(s)))).ToArray();
        var (exponent, interval) = LogLogExponent(points);
        var superLinear = interval is not null && interval.Lower > SuperLinearExponent;
        return new ScalingFit(family, parameter, sizes, medians, slope, intercept, double.IsFinite(r2) ? r2 : 0, exponent, interval, superLinear, Describe(exponent, interval, superLinear));
    }

    /// <summary>Least-squares slope of ln(time) on ln(size) with its 95 % t interval (null below 3 points).</summary>
    public static (double Exponent, ConfidenceInterval? Interval) LogLogExponent(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Count;
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var b = sxy / sxx;
        if (n < 3)
        {
            return (b, null);
        }

        var a = meanY - (b * meanX);
        var sse = points.Sum(p => Math.Pow(p.Y - (a + (b * p.X)), 2));
        var se = Math.Sqrt(sse / (n - 2) / sxx);
        var t = StudentT.InvCDF(0, 1, n - 2, 0.975);
        return (b, new ConfidenceInterval(b - (t * se), b + (t * se), 0.95));
    }

    private static string Describe(double exponent, ConfidenceInterval? interval, bool superLinear)
    {
        var b = exponent.ToString("0.00", CultureInfo.InvariantCulture);
        if (superLinear)
        {
            return $"O(n^{b}) - super-linear growth";
        }

        if (interval is not null && interval.Upper < 0.9)
        {
            return $"O(n^{b}) - sub-linear scaling";
        }

        return $"O(n) - linear scaling confirmed (exponent {b})";
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
