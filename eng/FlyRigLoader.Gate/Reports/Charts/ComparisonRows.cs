using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Reads the per-benchmark rows and the fail threshold out of the report's regression analysis details.</summary>
public static class ComparisonRows
{
    /// <summary>The rows, or empty when the analysis has no details (no comparison ran or it failed).</summary>
    public static IReadOnlyList<ComparisonRow> From(RegressionAnalysis? analysis)
    {
        if (analysis?.Details?["benchmarks"] is not JArray rows)
        {
            return [];
        }

        return rows.OfType<JObject>().Where(r => r["full_name"]?.Type == JTokenType.String).Select(r =>
        {
            var ci = r["ratio_ci"] as JArray;
            return new ComparisonRow(
                (string)r["full_name"]!, Text(r["category"]), Text(r["verdict"]) ?? "UNKNOWN", Text(r["allocation_verdict"]) ?? "UNKNOWN",
                Number(r["ratio"]), ci is { Count: 2 } ? Number(ci[0]) : null, ci is { Count: 2 } ? Number(ci[1]) : null,
                Number(r["baseline_median_ns"]), Number(r["current_median_ns"]), Number(r["baseline_allocated_bytes"]));
        }).ToList();
    }

    /// <summary>The regression fail threshold (e.g. 0.10 for +10 %), or null when not recorded.</summary>
    public static double? FailThreshold(RegressionAnalysis? analysis) => Number(analysis?.Details?["config"]?["fail_threshold"]);

    private static string? Text(JToken? token) => token?.Type == JTokenType.String ? (string?)token : null;

    private static double? Number(JToken? token) =>
        token?.Type is JTokenType.Float or JTokenType.Integer && (double)token is var d && double.IsFinite(d) ? d : null;
}
