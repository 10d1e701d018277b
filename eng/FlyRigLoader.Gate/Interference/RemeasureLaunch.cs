using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Interference;

/// <summary>One re-measure launch: what it did (index continuing the run's, with its load) and the cases it read.</summary>
/// <param name="Info">The launch as the report records it (<see cref="LaunchInfo.Remeasure"/> set).</param>
/// <param name="Cases">The cases BenchmarkDotNet reported (every parameter case of the filtered methods).</param>
internal sealed record RemeasureLaunch(LaunchInfo Info, IReadOnlyList<BenchmarkResult> Cases);
