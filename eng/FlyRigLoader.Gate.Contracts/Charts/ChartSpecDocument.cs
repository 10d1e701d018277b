namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>The JSON document handed to the renderer.</summary>
/// <param name="SchemaVersion">Format version (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="Charts">The charts to draw.</param>
public sealed record ChartSpecDocument(int SchemaVersion, IReadOnlyList<ChartSpec> Charts)
{
    /// <summary>The version written and accepted.</summary>
    public const int CurrentSchemaVersion = 1;
}
