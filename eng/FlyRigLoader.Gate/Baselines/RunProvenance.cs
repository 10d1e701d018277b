namespace FlyRigLoader.Gate.Baselines;

/// <summary>Where a run came from: enough to tell which commit and toolchain a baseline represents.</summary>
/// <param name="RunId">Run identifier (e.g. <c>20260117-143022</c>).</param>
/// <param name="GitSha">Commit measured, or null when unknown.</param>
/// <param name="Branch">Branch measured, or null.</param>
/// <param name="Date">When the run finished (UTC).</param>
/// <param name="BdnVersion">BenchmarkDotNet version.</param>
/// <param name="RuntimeVersion">.NET runtime version.</param>
/// <param name="JobConfig">Job profile / configuration summary.</param>
public sealed record RunProvenance(
    string RunId, string? GitSha, string? Branch, DateTimeOffset Date, string? BdnVersion, string? RuntimeVersion, string? JobConfig)
{
    /// <summary>The machine the run was measured on, or null when the source does not say (BenchmarkDotNet JSON, older baselines).</summary>
    public RunMachine? Machine { get; init; }
}
