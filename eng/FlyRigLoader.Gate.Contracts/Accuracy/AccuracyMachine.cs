namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>The machine and work tree a gate-accuracy run measured.</summary>
/// <param name="Os">Operating system description.</param>
/// <param name="Cpu">CPU model.</param>
/// <param name="LogicalCores">Logical processors.</param>
/// <param name="Runtime">.NET runtime of the benchmark processes.</param>
/// <param name="Fingerprint">The gate's environment fingerprint of the first run.</param>
/// <param name="GitSha">Commit of the work tree, or null outside git.</param>
/// <param name="GitDirty">True when the work tree had uncommitted changes (they are part of what was measured).</param>
public sealed record AccuracyMachine(string Os, string Cpu, int LogicalCores, string Runtime, string Fingerprint, string? GitSha, bool GitDirty);
