using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Decides every chart of a report (pure): what data, which order, which section.</summary>
internal static class ChartPlanner
{
    /// <summary>Distributions, then (with a comparison) the ratio and trend charts, then scaling and memory.</summary>
    public static IReadOnlyList<ChartSpec> Plan(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return [.. RatioChart.Plan(inputs), .. TrendCharts.Plan(inputs), .. DistributionCharts.Plan(inputs), .. ScalingCharts.Plan(inputs), .. MemoryChart.Plan(inputs)];
    }
}
