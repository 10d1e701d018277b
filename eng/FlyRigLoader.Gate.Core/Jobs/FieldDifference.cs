namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>One field in which a baseline and the current run differ, printed <c>profile default -> smoke</c>.</summary>
/// <param name="Scope"><c>fingerprint</c> (the machine and toolchain) or <c>job</c> (how the suite was run).</param>
/// <param name="Field">The field, e.g. <c>cpu</c>, <c>profile</c>, <c>bdn_job IterationCount</c>, <c>runtime TieredCompilation</c>.</param>
/// <param name="Baseline">The baseline's value (<see cref="JobIdentity.Unset"/> or <c>(none)</c> when absent).</param>
/// <param name="Current">The current run's value.</param>
public sealed record FieldDifference(string Scope, string Field, string Baseline, string Current)
{
    /// <summary>The scope of the environment fingerprint's fields.</summary>
    public const string FingerprintScope = "fingerprint";

    /// <summary>The scope of the job's fields.</summary>
    public const string JobScope = "job";

    /// <inheritdoc/>
    public override string ToString() => $"{Field} {Baseline} -> {Current}";
}
