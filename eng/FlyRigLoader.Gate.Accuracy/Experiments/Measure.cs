namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>One thing an experiment counts against a bar.</summary>
/// <param name="Key">Key in a trial's outcomes (<c>time</c>, <c>allocation</c>, <c>sla-and-time</c>).</param>
/// <param name="Text">What success means, as printed.</param>
/// <param name="Bar">The bar.</param>
/// <param name="Successes">The outcome labels that count as success.</param>
internal sealed record Measure(string Key, string Text, Bar Bar, IReadOnlyList<string> Successes);
