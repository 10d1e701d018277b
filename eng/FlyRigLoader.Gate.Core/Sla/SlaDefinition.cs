namespace FlyRigLoader.Gate.Core.Sla;

/// <summary>One service-level agreement of the registry.</summary>
/// <param name="Id">Requirement id, e.g. <c>TST-PERF-001</c>.</param>
/// <param name="Description">What is promised, in words.</param>
/// <param name="Metric"><c>time</c> (per-operation time), <c>allocated</c> (bytes per operation), <c>peak_working_set</c> or <c>working_set_growth</c> (the benchmark process while the case ran).</param>
/// <param name="Threshold">The limit in <paramref name="Unit"/>.</param>
/// <param name="Unit">ns, us, ms, s (time) or B, KB, MB (memory metrics; 1 KB = 1024 B like BenchmarkDotNet).</param>
/// <param name="Scale">Optional scaling of the threshold by a parameter.</param>
/// <param name="Benchmarks">Globs on BenchmarkDotNet full names; <c>*</c> matches any run of characters.</param>
/// <param name="Normalized">
/// A time SLA judged on the calibration-normalized time (raw × the run's speed factor: what the reference machine would
/// need), so one limit means the same on every OS and runner, as the suite guide's cross-platform SLA does; a run
/// without calibration cannot judge it (NO_DATA).
/// </param>
public sealed record SlaDefinition(string Id, string Description, string Metric, double Threshold, string Unit, SlaScale? Scale, IReadOnlyList<string> Benchmarks, bool Normalized = false);
