namespace FlyRigLoader.Gate.Contracts.Interleaving;

/// <summary>What the interleaved executor writes: every case of the requested methods, and how it measured them.</summary>
/// <param name="SchemaVersion">Format version of this file.</param>
/// <param name="SuiteA">The base build's suite assembly.</param>
/// <param name="SuiteB">The work tree's suite assembly.</param>
/// <param name="Runtime">The .NET runtime both builds ran on.</param>
/// <param name="Settings">Batch, pair and warmup settings used.</param>
/// <param name="Cases">The cases, in measurement order.</param>
public sealed record InterleavedRun(
    int SchemaVersion, string SuiteA, string SuiteB, string Runtime, InterleavingSettings Settings, IReadOnlyList<InterleavedCase> Cases)
{
    /// <summary>The format version written and read.</summary>
    public const int CurrentSchemaVersion = 1;
}
