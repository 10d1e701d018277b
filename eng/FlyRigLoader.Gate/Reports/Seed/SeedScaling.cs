using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Reports.Seed;

/// <summary>
/// The seed's <c>scaling_analysis</c> of one case (pure): the size it processed, its mean time per file (or per unit of
/// its size parameter) and the family's complexity reading; null for a case outside a fitted family.
/// </summary>
internal static class SeedScaling
{
    private const double NanosecondsPerMs = 1e6;

    /// <summary>The seed's object for <paramref name="entry"/>, or null when it has no fit, no mean or no positive size.</summary>
    public static object? Of(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.ScalingAnalysis is not { } fit
            || entry.Statistics is not { } s
            || BenchmarkParameters.Number(entry.Parameters, fit.Parameter) is not { } size
            || size <= 0)
        {
            return null;
        }

        var perUnitMs = s.Mean / size / NanosecondsPerMs;
        var files = fit.Parameter == "FileCount";
        return new
        {
            // The seed's keys speak of files (its example is discovery); cases sized in MB or rows leave them null and
            // give the same reading per unit of their own parameter.
            files_processed = files ? size : (double?)null,
            time_per_file_ms = files ? perUnitMs : (double?)null,
            complexity_validation = fit.Complexity,
            parameter = fit.Parameter,
            size,
            time_per_unit_ms = perUnitMs,
            exponent = fit.Exponent,
        };
    }
}
