using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.Infra;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Artifacts;

/// <summary>CleanArtifacts against a real temporary tree: the safety rules are only worth something on a disk.</summary>
public sealed class CleanArtifactsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly TempRepo _repo = new();

    public CleanArtifactsTests() =>
        File.Copy(Path.Combine(RepoRoot.Path, ArtifactLifecycle.PolicyFile), Path.Combine(_repo.Root, ArtifactLifecycle.PolicyFile));

    public void Dispose() => _repo.Dispose();

    private (int Code, string Out, string Err) Clean(bool dryRun = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ArtifactLifecycle.CleanArtifacts(new BuildPaths(_repo.Root), new BuildOptions { DryRun = dryRun }, output, error, new FixedClock(Now));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Expired_files_go_while_fresh_files_the_newest_run_and_baselines_stay()
    {
        var old = _repo.Write("artifacts/reports/benchmark-report-20260101-000000-aaaaaaa.json", "old", Now, TimeSpan.FromDays(120));
        var fresh = _repo.Write("artifacts/reports/benchmark-report-20261101-000000-bbbbbbb.json", "fresh", Now, TimeSpan.FromDays(26));
        var newest = _repo.Write("artifacts/ci-integration/alerts-20261120-000000-ccccccc.json", "newest", Now, TimeSpan.FromDays(40));
        var staleCi = _repo.Write("artifacts/ci-integration/github-actions-summary.json", "x", Now, TimeSpan.FromDays(31));
        var baseline = _repo.Write("baselines/linux-x64.json", "baseline", Now, TimeSpan.FromDays(5000));
        var unmanaged = _repo.Write("artifacts/bin/FlyRigLoader/release/x.dll", "dll", Now, TimeSpan.FromDays(5000));

        var (code, output, _) = Clean();

        Assert.Equal(0, code);
        Assert.False(File.Exists(old));
        Assert.False(File.Exists(staleCi));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(newest), "the newest run's files stay even when past the 30-day limit");
        Assert.True(File.Exists(baseline));
        Assert.True(File.Exists(unmanaged));
        Assert.Contains("removed reports/benchmark-report-20260101-000000-aaaaaaa.json", output, StringComparison.Ordinal);

        var summary = JObject.Parse(File.ReadAllText(Path.Combine(_repo.Artifacts, ArtifactLifecycle.RetentionSummaryFile)));
        Assert.Equal(2, summary.Value<int>("total_files_removed"));
        Assert.Equal(4, summary.Value<long>("total_bytes_freed"));
        Assert.Equal("20261120-000000-ccccccc", summary.Value<string>("newest_run"));
        Assert.False(summary.Value<bool>("dry_run"));
    }

    [Fact]
    public void Directories_the_removals_leave_empty_go_too_but_a_kinds_folder_and_a_directory_still_in_use_stay()
    {
        var oldLog = _repo.Write("artifacts/logs/bdn-20250101-000000-aaaaaaa/run/BenchmarkRun.log", "old", Now, TimeSpan.FromDays(120));
        var mixedOld = _repo.Write("artifacts/logs/bdn-20250102-000000-bbbbbbb/old.log", "old", Now, TimeSpan.FromDays(120));
        var mixedFresh = _repo.Write("artifacts/logs/bdn-20250102-000000-bbbbbbb/fresh.log", "fresh", Now, TimeSpan.FromDays(2));
        _repo.Write("artifacts/reports/benchmark-report-20261126-000000-ccccccc.json", "newest", Now, TimeSpan.FromDays(1));

        var (code, output, _) = Clean();

        Assert.Equal(0, code);
        Assert.False(File.Exists(oldLog));
        Assert.False(Directory.Exists(Path.Combine(_repo.Artifacts, "logs", "bdn-20250101-000000-aaaaaaa")));
        Assert.True(Directory.Exists(Path.Combine(_repo.Artifacts, "logs")), "a kind's own folder stays");
        Assert.False(File.Exists(mixedOld));
        Assert.True(File.Exists(mixedFresh));
        Assert.Contains("removed empty directory logs/bdn-20250101-000000-aaaaaaa/run/", output, StringComparison.Ordinal);
        Assert.Contains("removed empty directory logs/bdn-20250101-000000-aaaaaaa/", output, StringComparison.Ordinal);
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(_repo.Artifacts, ArtifactLifecycle.RetentionSummaryFile)));
        Assert.Equal(["logs/bdn-20250101-000000-aaaaaaa/run/", "logs/bdn-20250101-000000-aaaaaaa/"], summary["removed_directories"]!.Select(t => (string)t!));
        Assert.Empty(summary["directory_warnings"]!);
    }

    [Fact]
    public void A_dry_run_removes_no_directory()
    {
        var oldLog = _repo.Write("artifacts/logs/bdn-20250101-000000-aaaaaaa/BenchmarkRun.log", "old", Now, TimeSpan.FromDays(120));
        _repo.Write("artifacts/reports/benchmark-report-20261126-000000-ccccccc.json", "newest", Now, TimeSpan.FromDays(1));

        var (code, output, _) = Clean(dryRun: true);

        Assert.Equal(0, code);
        Assert.True(File.Exists(oldLog));
        Assert.DoesNotContain("empty directory", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dry_run_lists_what_would_go_and_the_space_but_removes_nothing()
    {
        var old = _repo.Write("artifacts/memory-profiles/leak-20250101-000000.json", new string('x', 2048), Now, TimeSpan.FromDays(200));
        _repo.Write("artifacts/memory-profiles/leak-20261126-000000.json", "newest run", Now, TimeSpan.FromDays(1));

        var (code, output, _) = Clean(dryRun: true);

        Assert.Equal(0, code);
        Assert.True(File.Exists(old));
        Assert.Contains("would remove memory-profiles/leak-20250101-000000.json (2.0 KB, expired)", output, StringComparison.Ordinal);
        Assert.Contains("2.0 KB would be freed", output, StringComparison.Ordinal);
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(_repo.Artifacts, ArtifactLifecycle.RetentionSummaryFile)));
        Assert.True(summary.Value<bool>("dry_run"));
        Assert.Equal(1, summary.Value<int>("total_files_removed"));
    }

    [Fact]
    public void Symlinks_to_the_filesystem_root_and_to_the_repository_survive_with_their_targets()
    {
        // Old files everywhere a careless cleaner could reach through the links.
        var baseline = _repo.Write("baselines/linux-x64.json", "baseline", Now, TimeSpan.FromDays(5000));
        var outsideDir = Path.Combine(_repo.Root, "outside");
        var outsideFile = _repo.Write("outside/benchmark-report-20200101-000000.json", "precious", Now, TimeSpan.FromDays(5000));
        var rootLink = Path.Combine(_repo.Artifacts, "reports", "root-link");
        var repoLink = Path.Combine(_repo.Artifacts, "reports", "repo-link");
        var fileLink = Path.Combine(_repo.Artifacts, "reports", "file-link.json");
        Directory.CreateDirectory(Path.Combine(_repo.Artifacts, "reports"));
        Directory.CreateSymbolicLink(rootLink, "/");
        Directory.CreateSymbolicLink(repoLink, _repo.Root);
        File.CreateSymbolicLink(fileLink, outsideFile);
        // A whole category folder that is a link to outside artifacts/.
        Directory.CreateSymbolicLink(Path.Combine(_repo.Artifacts, "memory-profiles"), outsideDir);
        var old = _repo.Write("artifacts/reports/benchmark-report-20250101-000000.json", "old", Now, TimeSpan.FromDays(400));
        _repo.Write("artifacts/reports/benchmark-report-20261126-000000.json", "newest run", Now, TimeSpan.FromDays(1));

        var (code, _, _) = Clean();

        Assert.Equal(0, code);
        Assert.False(File.Exists(old), "the real expired file still goes");
        Assert.Equal("/", new DirectoryInfo(rootLink).LinkTarget);
        Assert.Equal(_repo.Root, new DirectoryInfo(repoLink).LinkTarget);
        Assert.Equal(outsideFile, new FileInfo(fileLink).LinkTarget);
        Assert.True(new DirectoryInfo(Path.Combine(_repo.Artifacts, "memory-profiles")).LinkTarget is not null);
        Assert.Equal("precious", File.ReadAllText(outsideFile));
        Assert.Equal("baseline", File.ReadAllText(baseline));
        Assert.True(File.Exists(Path.Combine(_repo.Root, ArtifactLifecycle.PolicyFile)));
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(_repo.Artifacts, ArtifactLifecycle.RetentionSummaryFile)));
        var skipped = summary["skipped_links"]!.Values<string>().ToList();
        Assert.Contains("reports/root-link", skipped);
        Assert.Contains("reports/repo-link", skipped);
        Assert.Contains("memory-profiles", skipped);
    }

    [Fact]
    public void An_artifacts_folder_that_is_itself_a_link_is_refused()
    {
        var elsewhere = Path.Combine(_repo.Root, "elsewhere");
        _repo.Write("elsewhere/reports/benchmark-report-20200101-000000.json", "x", Now, TimeSpan.FromDays(5000));
        Directory.Delete(_repo.Artifacts);
        Directory.CreateSymbolicLink(_repo.Artifacts, elsewhere);

        var (code, _, error) = Clean();

        Assert.Equal(2, code);
        Assert.Contains("symbolic link", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(elsewhere, "reports", "benchmark-report-20200101-000000.json")));
    }

    [Fact]
    public void Files_vanishing_between_plan_and_delete_are_reported_not_failed()
    {
        var a = _repo.Write("artifacts/reports/a-20250101-000000.json", "a", Now, TimeSpan.FromDays(400));
        var b = _repo.Write("artifacts/reports/b-20250102-000000.json", "b", Now, TimeSpan.FromDays(400));
        _repo.Write("artifacts/reports/keep-20261126-000000.json", "k", Now, TimeSpan.FromDays(1));
        var policies = RetentionPolicySet.Load(Path.Combine(_repo.Root, ArtifactLifecycle.PolicyFile));
        var plan = RetentionPlanner.Plan(policies, ArtifactScanner.Scan(_repo.Artifacts, policies).Files, new HashSet<string>(), Now);

        File.Delete(a);
        var outcome = RetentionExecutor.Apply(_repo.Artifacts, plan, dryRun: false);

        Assert.Equal(["reports/a-20250101-000000.json"], outcome.Vanished);
        Assert.Equal("reports/b-20250102-000000.json", Assert.Single(outcome.Removed).File.RelativePath);
        Assert.Empty(outcome.Failed);
        Assert.False(File.Exists(b));
    }

    [Fact]
    public void A_planned_file_replaced_by_a_link_is_left_alone()
    {
        var victim = _repo.Write("outside/victim.json", "precious", Now, TimeSpan.FromDays(5000));
        var path = _repo.Write("artifacts/reports/r-20250101-000000.json", "r", Now, TimeSpan.FromDays(400));
        _repo.Write("artifacts/reports/keep-20261126-000000.json", "k", Now, TimeSpan.FromDays(1));
        var policies = RetentionPolicySet.Load(Path.Combine(_repo.Root, ArtifactLifecycle.PolicyFile));
        var plan = RetentionPlanner.Plan(policies, ArtifactScanner.Scan(_repo.Artifacts, policies).Files, new HashSet<string>(), Now);

        File.Delete(path);
        File.CreateSymbolicLink(path, victim);
        var outcome = RetentionExecutor.Apply(_repo.Artifacts, plan, dryRun: false);

        Assert.Single(outcome.Failed);
        Assert.Equal(victim, new FileInfo(path).LinkTarget);
        Assert.Equal("precious", File.ReadAllText(victim));
    }

    [Fact]
    public void A_broken_policy_file_exits_2_naming_it()
    {
        File.WriteAllText(Path.Combine(_repo.Root, ArtifactLifecycle.PolicyFile), "{ nope");

        var (code, _, error) = Clean();

        Assert.Equal(2, code);
        Assert.Contains("retention-policies.json", error, StringComparison.Ordinal);
    }
}
