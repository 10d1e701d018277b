namespace FlyRigLoader.Gate.Bisection;

/// <summary>One benchmark case of one A/B measurement: the regression rule's verdict and the B/A median ratio with its interval.</summary>
/// <param name="Name">Full name, parameters included.</param>
/// <param name="Verdict">Printed time verdict (REGRESSION, SUSPECTED, NO_CHANGE…).</param>
/// <param name="Ratio">B median / A median, or null when one side has no samples.</param>
/// <param name="RatioLower">Lower end of the ratio's interval at the gate's confidence level.</param>
/// <param name="RatioUpper">Upper end of that interval.</param>
internal sealed record BenchmarkRatio(string Name, string Verdict, double? Ratio, double? RatioLower, double? RatioUpper);
