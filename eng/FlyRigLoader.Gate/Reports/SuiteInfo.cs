namespace FlyRigLoader.Gate.Reports;

/// <summary>What was run.</summary>
/// <param name="Name">Suite name.</param>
/// <param name="Version">Gate report producer version.</param>
/// <param name="ExecutionTimestamp">Start of the run, ISO 8601 UTC.</param>
/// <param name="ExecutionDurationSeconds">Wall-clock duration of the whole run.</param>
/// <param name="Profile">Job profile (default, smoke, large).</param>
/// <param name="Categories">Selected categories; empty = all.</param>
/// <param name="Filter">Filter glob, or null.</param>
/// <param name="Shard">Shard <c>k/n</c>, or null.</param>
/// <param name="GitSha">Commit sha, or null.</param>
/// <param name="GitBranch">Branch, or null.</param>
/// <param name="GitDirty">Uncommitted changes were present.</param>
/// <param name="MemoryProfiling">The leak check ran.</param>
/// <param name="Launches">Each launch (fresh process) of the suite in this run, in order (re-measure launches last); null in reports written before launches.</param>
/// <param name="MachineNote">
/// One line on the machine during the run: how busy other processes kept it, whether the calibration moved, which
/// launch was disturbed and how (null in reports written before it was recorded).
/// </param>
public sealed record SuiteInfo(
    string Name,
    string Version,
    string ExecutionTimestamp,
    double ExecutionDurationSeconds,
    string Profile,
    IReadOnlyList<string> Categories,
    string? Filter,
    string? Shard,
    string? GitSha,
    string? GitBranch,
    bool GitDirty,
    bool MemoryProfiling,
    IReadOnlyList<LaunchInfo>? Launches = null,
    string? MachineNote = null);
