using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Sharding;

/// <summary>The benchmarks one shard runs.</summary>
/// <param name="Shard">Which shard this is.</param>
/// <param name="Benchmarks">Benchmark names (as printed by <c>--list flat</c>), sorted ordinally.</param>
internal sealed record ShardSelection(Shard Shard, IReadOnlyList<string> Benchmarks)
{
    /// <summary>
    /// True when the shard has nothing to run (more shards than benchmarks). The caller must then skip the run:
    /// an empty filter would make BenchmarkDotNet run everything.
    /// </summary>
    public bool IsEmpty => Benchmarks.Count == 0;

    /// <summary>
    /// The values to pass after BenchmarkDotNet's <c>--filter</c>: one exact glob per benchmark. BDN anchors each glob
    /// and matches it against <c>Namespace.Type.Method</c>, so each selects one method with all its parameter cases;
    /// BDN escapes everything but <c>*</c> and <c>?</c>; a <c>*</c> in a name becomes <c>?</c> (one character) so no name widens into a pattern.
    /// </summary>
    public IReadOnlyList<string> FilterArguments => Benchmarks.Select(EscapeGlob).ToList();

    private static string EscapeGlob(string name) =>
        string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] == '*' ? '?' : source[i];
            }
        });
}
