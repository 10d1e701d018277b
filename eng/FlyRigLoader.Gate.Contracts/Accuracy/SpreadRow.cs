namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>One case of the spread table.</summary>
/// <param name="FullName">The benchmark case.</param>
/// <param name="Runs">Runs that measured it.</param>
/// <param name="SdLogMedian">Sample standard deviation of ln(median) over those runs.</param>
/// <param name="MaxMinRatio">Largest median / smallest median.</param>
/// <param name="MedianNs">Median of its medians, in nanoseconds.</param>
public sealed record SpreadRow(string FullName, int Runs, double SdLogMedian, double MaxMinRatio, double MedianNs);
