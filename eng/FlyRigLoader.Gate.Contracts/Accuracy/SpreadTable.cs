namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>
/// How much each benchmark's median moves between fresh processes of the same build: per case the standard deviation
/// of log(median) over the runs, and the ratio of its largest to its smallest median; then over the cases.
/// </summary>
/// <param name="Runs">Fresh runs measured.</param>
/// <param name="Cases">Cases with at least two medians.</param>
/// <param name="MedianSd">Median over the cases of sd(log median), or null without cases.</param>
/// <param name="MeanSd">Mean over the cases.</param>
/// <param name="WorstSd">Largest sd(log median).</param>
/// <param name="WorstSdCase">Its case.</param>
/// <param name="WorstRatio">Largest max/min ratio of a case's medians.</param>
/// <param name="WorstRatioCase">Its case.</param>
/// <param name="Rows">Every case, worst sd first.</param>
public sealed record SpreadTable(
    int Runs, int Cases, double? MedianSd, double? MeanSd, double? WorstSd, string? WorstSdCase, double? WorstRatio, string? WorstRatioCase, IReadOnlyList<SpreadRow> Rows);
