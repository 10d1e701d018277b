namespace FlyRigLoader.Gate.Core.Sla;

/// <summary>The SLA registry (<c>benchmarks/sla-registry.json</c>).</summary>
/// <param name="SchemaVersion">Format version; only 1 exists.</param>
/// <param name="Slas">The agreements, ids unique.</param>
public sealed record SlaRegistry(int SchemaVersion, IReadOnlyList<SlaDefinition> Slas)
{
    /// <summary>The only schema version this gate reads.</summary>
    public const int CurrentSchemaVersion = 1;
}
