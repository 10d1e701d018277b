using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Tests.Artifacts;

public sealed class MergeCheckTests
{
    private static ShardReportFacts Shard(int k, int n, string fingerprint = "fp-a", bool normalized = false, string sha = "abc1234", params string[] benchmarks) =>
        new($"benchmark-report-shard{k}.json", $"run-{k}", sha, fingerprint, normalized, new Shard(k, n), benchmarks.Length > 0 ? benchmarks : [$"N.T.M{k}"]);

    [Fact]
    public void A_complete_set_of_shards_from_one_environment_merges() =>
        Assert.Empty(MergeCheck.Problems([Shard(1, 3), Shard(2, 3), Shard(3, 3)]));

    [Fact]
    public void Mixed_fingerprints_are_refused()
    {
        var problems = MergeCheck.Problems([Shard(1, 2), Shard(2, 2, fingerprint: "fp-b")]);

        var problem = Assert.Single(problems);
        Assert.Contains("different environments", problem, StringComparison.Ordinal);
        Assert.Contains("benchmark-report-shard2.json=fp-b", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_measured_with_different_jobs_are_refused()
    {
        var problems = MergeCheck.Problems([Shard(1, 2) with { JobKey = "aaaa" }, Shard(2, 2) with { JobKey = "bbbb" }]);

        var problem = Assert.Single(problems);
        Assert.Contains("different jobs", problem, StringComparison.Ordinal);
        Assert.Contains("benchmark-report-shard2.json=bbbb", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_fingerprints_merge_when_every_report_is_normalized() =>
        Assert.Empty(MergeCheck.Problems([Shard(1, 2, normalized: true), Shard(2, 2, fingerprint: "fp-b", normalized: true)]));

    [Fact]
    public void One_unnormalized_report_is_enough_to_refuse_mixed_fingerprints() =>
        Assert.NotEmpty(MergeCheck.Problems([Shard(1, 2, normalized: true), Shard(2, 2, fingerprint: "fp-b")]));

    [Fact]
    public void A_missing_shard_is_refused() =>
        Assert.Contains(MergeCheck.Problems([Shard(1, 3), Shard(3, 3)]), p => p.StartsWith("shard(s) 2/3 missing", StringComparison.Ordinal));

    [Fact]
    public void Shards_of_different_splits_duplicates_and_commits_are_refused()
    {
        Assert.Contains(MergeCheck.Problems([Shard(1, 2), Shard(2, 3)]), p => p.Contains("split the suite differently", StringComparison.Ordinal));
        Assert.Contains(MergeCheck.Problems([Shard(1, 2), Shard(1, 2), Shard(2, 2)]), p => p.Contains("given 2 times", StringComparison.Ordinal));
        Assert.Contains(MergeCheck.Problems([Shard(1, 2), Shard(2, 2, sha: "def5678")]), p => p.Contains("different commits", StringComparison.Ordinal));
        Assert.Contains(MergeCheck.Problems([Shard(1, 2, benchmarks: "N.T.X"), Shard(2, 2, benchmarks: "N.T.X")]), p => p.StartsWith("N.T.X appears in", StringComparison.Ordinal));
    }

    [Fact]
    public void No_reports_is_refused() => Assert.Equal(["no shard reports to merge"], MergeCheck.Problems([]));
}
