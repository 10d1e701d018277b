namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>The options of a gate-accuracy run.</summary>
/// <param name="Profile">Job profile of every suite run.</param>
/// <param name="Filter">Benchmark filter glob, or null for the whole profile.</param>
/// <param name="Categories">Benchmark categories, empty for all.</param>
/// <param name="Trials">Trials per experiment (A/A single runs make twice as many).</param>
/// <param name="BaselineRuns">Runs in the scratch baseline (K).</param>
/// <param name="TargetBenchmark">Full-name glob of the one benchmark the injected experiments change.</param>
/// <param name="Experiments">The experiments asked for.</param>
/// <param name="RequireBars">Whether a missed bar makes the exit code 1.</param>
/// <param name="Confirm">Whether single-run trials were also judged as <c>CheckRegression --confirm</c> judges (CI's check).</param>
public sealed record AccuracySettings(
    string Profile, string? Filter, IReadOnlyList<string> Categories, int Trials, int BaselineRuns, string TargetBenchmark, IReadOnlyList<string> Experiments, bool RequireBars, bool Confirm = false);
