using FlyRigLoader.Gate.Artifacts;

namespace FlyRigLoader.Gate.Tests.Artifacts;

/// <summary>The retention decision is pure, so every rule is checked here without touching the disk.</summary>
public sealed class RetentionPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static readonly RetentionPolicySet Policies = new(
    [
        new RetentionPolicy("reports", "reports", 90, 3),
        new RetentionPolicy("ci-integration", "ci-integration", 30, 200),
    ]);

    private static ArtifactFileFacts Report(string name, double ageDays, long size = 100) =>
        new("reports", "reports/" + name, size, Now - TimeSpan.FromDays(ageDays));

    private static RetentionPlan Plan(params ArtifactFileFacts[] files) =>
        RetentionPlanner.Plan(Policies, files, new HashSet<string>(), Now);

    private static List<string> Removed(RetentionPlan plan) => plan.Removals.Select(d => d.File.RelativePath).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Files_older_than_the_retention_period_are_removed()
    {
        var plan = Plan(Report("new-20261120-100000.json", 7), Report("old.json", 91), Report("edge.json", 89.9));

        Assert.Equal(["reports/old.json"], Removed(plan));
        Assert.Equal(RetentionReason.Expired, plan.Removals.Single().Reason);
    }

    [Fact]
    public void Beyond_max_files_the_oldest_go_and_the_newest_are_kept()
    {
        var plan = Plan(Report("a.json", 1), Report("b.json", 2), Report("c.json", 3), Report("d.json", 4), Report("e.json", 5));

        Assert.Equal(["reports/d.json", "reports/e.json"], Removed(plan));
        Assert.All(plan.Removals, d => Assert.Equal(RetentionReason.OverLimit, d.Reason));
    }

    [Fact]
    public void Expired_files_do_not_use_up_count_slots_and_are_removed_once()
    {
        var plan = Plan(Report("a.json", 100), Report("b.json", 1), Report("c.json", 200), Report("d.json", 2));

        Assert.Equal(["reports/a.json", "reports/c.json"], Removed(plan));
        Assert.Equal(4, plan.Decisions.Count);
    }

    [Fact]
    public void The_newest_runs_files_survive_even_when_expired_and_over_the_limit()
    {
        // The newest run is the latest run id in any name; its files are kept although all are old and too many.
        var files = Enumerable.Range(0, 5).Select(i => Report($"part{i}-20260101-000000-abc1234.json", 400)).ToList();
        files.Add(Report("older-20251201-000000-abc1234.json", 401));
        var plan = Plan([.. files]);

        Assert.Equal("20260101-000000-abc1234", plan.NewestRunId);
        Assert.Equal(["reports/older-20251201-000000-abc1234.json"], Removed(plan));
        Assert.All(plan.Decisions.Where(d => !d.Remove), d => Assert.Equal(RetentionReason.NewestRun, d.Reason));
    }

    [Fact]
    public void Protected_files_fill_count_slots_first()
    {
        var plan = Plan(
            Report("x-20260301-000000.json", 10),
            Report("y-20260301-000000.json", 10),
            Report("fresh1.json", 1),
            Report("fresh2.json", 2),
            Report("fresh3.json", 3));

        Assert.Equal(["reports/fresh2.json", "reports/fresh3.json"], Removed(plan));
    }

    [Fact]
    public void Manifest_listed_paths_are_protected()
    {
        var plan = RetentionPlanner.Plan(Policies, [Report("listed.json", 500)], new HashSet<string> { "reports/listed.json" }, Now);

        Assert.Empty(plan.Removals);
    }

    [Fact]
    public void Files_of_a_category_without_policy_are_kept()
    {
        var plan = Plan(new ArtifactFileFacts("unknown", "unknown/x.json", 1, Now - TimeSpan.FromDays(9999)));

        Assert.Empty(plan.Removals);
    }

    [Fact]
    public void Each_category_uses_its_own_limits()
    {
        var plan = Plan(Report("r.json", 45), new ArtifactFileFacts("ci-integration", "ci-integration/s.json", 5, Now - TimeSpan.FromDays(45)));

        Assert.Equal(["ci-integration/s.json"], Removed(plan));
        Assert.Equal(5, plan.BytesToFree);
    }

    [Fact]
    public void Files_dated_in_the_future_count_as_new()
    {
        var plan = Plan(Report("future.json", -3));

        Assert.Empty(plan.Removals);
    }

    [Theory]
    [InlineData("benchmark-report-20240117-143022.json", "20240117-143022")]
    [InlineData("benchmark-report-20240117-143022-1a2b3c4.json", "20240117-143022-1a2b3c4")]
    [InlineData("confidence-intervals-20240117T143022Z-deadbeef.json", "20240117T143022Z-deadbeef")]
    [InlineData("github-actions-summary.json", null)]
    [InlineData("x-2024011-143022.json", null)]
    [InlineData("logs/bdn-20261127T044310Z-abc1234/results/Suite-report-full.json", "20261127T044310Z-abc1234")]
    [InlineData("reports/20250101-000000/benchmark-report-20261127T044310Z-abc1234.json", "20261127T044310Z-abc1234")]
    public void Run_ids_are_found_in_file_names(string name, string? expected) =>
        Assert.Equal(expected, RunIds.Extract(name));
}
