namespace FlyRigLoader.Gate.Core.Jobs;

/// <summary>
/// The runtime settings a benchmark process really ran with, as it recorded them in <c>runtime-settings.json</c>:
/// raw facts, from which <see cref="RuntimeKnobs.JobMap"/> takes what identifies a job.
/// </summary>
/// <param name="AppContext">Runtime configuration switches (<c>System.GC.Server</c>, …) → value, null when not set.</param>
/// <param name="Environment">Every <c>DOTNET_*</c> and <c>COMPlus_*</c> environment variable of the process.</param>
/// <param name="IsServerGc">The GC the process got (<c>GCSettings.IsServerGC</c>), or null when not recorded.</param>
/// <param name="LatencyMode">The GC latency mode it got (<c>GCSettings.LatencyMode</c>), or null when not recorded.</param>
public sealed record RuntimeSnapshot(
    IReadOnlyDictionary<string, string?> AppContext,
    IReadOnlyDictionary<string, string> Environment,
    bool? IsServerGc,
    string? LatencyMode);
