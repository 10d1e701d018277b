namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>One measure of an experiment against its bar.</summary>
/// <param name="Measure">What is counted (e.g. <c>no time REGRESSION</c>).</param>
/// <param name="Trials">Trials counted (failed trials count as misses).</param>
/// <param name="Successes">Trials that met the measure, or null for a measure that is not a count (the spread).</param>
/// <param name="Rate">Successes / trials, or null.</param>
/// <param name="Observed">The result as printed (<c>19/20</c>, or <c>median 0.031, worst 0.12</c>).</param>
/// <param name="Bar">The bar as printed (<c>&gt;= 19/20</c>).</param>
/// <param name="Met">Whether the bar was met.</param>
/// <param name="Outcomes">Outcome → number of trials with it.</param>
public sealed record ExperimentScore(string Measure, int Trials, int? Successes, double? Rate, string Observed, string Bar, bool Met, IReadOnlyDictionary<string, int> Outcomes);
