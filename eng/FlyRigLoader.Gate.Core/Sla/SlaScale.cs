namespace FlyRigLoader.Gate.Core.Sla;

/// <summary>Scales an SLA threshold by a benchmark parameter: allowed = threshold × (value of <see cref="Parameter"/> / <see cref="Per"/>).</summary>
/// <param name="Parameter">BenchmarkDotNet parameter name, e.g. <c>SizeMb</c>.</param>
/// <param name="Per">The parameter value the threshold is stated for, e.g. 100 (MB).</param>
public sealed record SlaScale(string Parameter, double Per);
