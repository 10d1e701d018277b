namespace FlyRigLoader.Gate.Core.Statistics.ChangePoints;

/// <summary>A step in a benchmark's history: from <see cref="Index"/> on, the series sits at another level.</summary>
/// <param name="Index">Position of the first point after the step.</param>
/// <param name="PValue">Permutation p-value of the split when it was accepted.</param>
/// <param name="MedianBefore">Median of the segment before the step (in the series' own units).</param>
/// <param name="MedianAfter">Median of the segment after the step.</param>
public sealed record ChangePoint(int Index, double PValue, double MedianBefore, double MedianAfter)
{
    /// <summary>After / before: above 1 the series got larger (slower, for times).</summary>
    public double Ratio => MedianBefore == 0 ? double.NaN : MedianAfter / MedianBefore;
}
