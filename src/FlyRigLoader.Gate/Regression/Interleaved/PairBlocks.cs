using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Results;

namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>
/// Turns interleaved pairs into the rounds the A/B comparison judges (pure). Consecutive pairs are grouped into blocks of
/// <see cref="PairsPerBlock"/>; every block is one round of A and one of B, so <see cref="RoundBlocking"/> divides out what
/// a stretch of the run did to both builds, and the spread of the A blocks is the between-run band.
/// </summary>
public static class PairBlocks
{
    /// <summary>
    /// Pairs per block: about a second of machine time at the default 25 ms batches, short enough that the machine changes
    /// little within a block and long enough that a block's median is steady.
    /// </summary>
    public const int PairsPerBlock = 20;

    /// <summary>Per-block runs of A and of B; <paramref name="template"/> gives provenance and environment to every block.</summary>
    public static (IReadOnlyList<MeasuredRun> A, IReadOnlyList<MeasuredRun> B) Split(IReadOnlyList<InterleavedCase> cases, MeasuredRun template)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(template);
        var blocks = Math.Max(1, cases.Select(c => Blocks(c)).DefaultIfEmpty(1).Max());
        return (Side(cases, template, blocks, 'A'), Side(cases, template, blocks, 'B'));
    }

    /// <summary>The category a full name's namespace gives (null outside the suite's convention).</summary>
    public static string? CategoryOf(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        var parts = (paren > 0 ? fullName[..paren] : fullName).Split('.');
        var category = parts.Length > 2 ? BenchmarkCategories.FromNamespace(string.Join('.', parts[..^2])) : BenchmarkCategories.Uncategorized;
        return category == BenchmarkCategories.Uncategorized ? null : category;
    }

    private static int Blocks(InterleavedCase c) => Math.Max(1, (c.B ?? c.A)?.SamplesNs.Count / PairsPerBlock ?? 1);

    private static List<MeasuredRun> Side(IReadOnlyList<InterleavedCase> cases, MeasuredRun template, int blocks, char side)
    {
        var label = side.ToString();
        return Enumerable.Range(0, blocks).Select(r => template with
        {
            Benchmarks = cases
                .Select(c => (Case: c, Side: side == 'A' ? c.A : c.B, Blocks: Blocks(c)))
                .Where(x => x.Side is not null && r < x.Blocks)
                .Select(x => new MeasuredBenchmark(x.Case.FullName, CategoryOf(x.Case.FullName), Chunk(x.Side!.SamplesNs, r, x.Blocks), x.Side.AllocatedBytesPerOp))
                .ToList(),
            // A failure is reported once, with the first block.
            Failed = r == 0 ? cases.Where(c => c.Errors.ContainsKey(label)).Select(c => c.FullName).ToList() : [],
        }).ToList();
    }

    // Contiguous, nearly equal chunks: chunk r of k holds samples [r·n/k, (r+1)·n/k).
    private static List<double> Chunk(IReadOnlyList<double> samples, int r, int k) =>
        samples.Skip(r * samples.Count / k).Take(((r + 1) * samples.Count / k) - (r * samples.Count / k)).ToList();
}
