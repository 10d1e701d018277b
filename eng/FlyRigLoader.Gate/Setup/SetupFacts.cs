namespace FlyRigLoader.Gate.Setup;

/// <summary>Facts gathered from the machine for VerifySetup; the verdict on them is <see cref="SetupVerifier.Evaluate"/>.</summary>
/// <param name="SdkVersion">Output of <c>dotnet --version</c>, or null when dotnet did not answer.</param>
/// <param name="RequiredSdkMajor">SDK major version the repo needs.</param>
/// <param name="PinnedTools">Tool id → version pinned in <c>.config/dotnet-tools.json</c>.</param>
/// <param name="InstalledTools">Tool id → version reported by <c>dotnet tool list --local</c>.</param>
/// <param name="RestoreExitCode">Exit code of <c>dotnet restore</c> of the solution.</param>
/// <param name="RestoreError">Last lines of restore's output when it failed.</param>
/// <param name="GitVersion">Output of <c>git --version</c>, or null.</param>
/// <param name="ArtifactsWritable">Whether a probe file could be written and removed under artifacts/.</param>
/// <param name="ArtifactsError">Why it could not.</param>
/// <param name="FreeDiskBytes">Free bytes on the artifacts volume.</param>
/// <param name="RequiredFreeDiskBytes">Minimum free bytes wanted.</param>
public sealed record SetupFacts(
    string? SdkVersion,
    int RequiredSdkMajor,
    IReadOnlyDictionary<string, string> PinnedTools,
    IReadOnlyDictionary<string, string> InstalledTools,
    int RestoreExitCode,
    string? RestoreError,
    string? GitVersion,
    bool ArtifactsWritable,
    string? ArtifactsError,
    long FreeDiskBytes,
    long RequiredFreeDiskBytes);
