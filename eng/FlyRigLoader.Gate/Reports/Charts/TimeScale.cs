using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>A display unit for nanosecond values, chosen so the typical value reads between 1 and 1000.</summary>
/// <param name="Unit">Unit symbol (ns, µs, ms, s).</param>
/// <param name="NanosecondsPerUnit">Divide nanoseconds by this.</param>
internal sealed record TimeScale(string Unit, double NanosecondsPerUnit)
{
    /// <summary>The unit for values whose typical size is <paramref name="typicalNs"/>.</summary>
    public static TimeScale For(double typicalNs) => Math.Abs(typicalNs) switch
    {
        >= 1e9 => new("s", 1e9),
        >= 1e6 => new("ms", 1e6),
        >= 1e3 => new("µs", 1e3),
        _ => new("ns", 1),
    };

    /// <summary>The unit for a set of values (by their median; ns when empty).</summary>
    public static TimeScale For(IEnumerable<double> valuesNs)
    {
        ArgumentNullException.ThrowIfNull(valuesNs);
        var sorted = valuesNs.Where(double.IsFinite).Order().ToArray();
        return For(sorted.Length == 0 ? 0 : BoxSummary.Quantile(sorted, 0.5));
    }

    /// <summary>Converts nanoseconds to this unit.</summary>
    public double Of(double ns) => ns / NanosecondsPerUnit;
}
