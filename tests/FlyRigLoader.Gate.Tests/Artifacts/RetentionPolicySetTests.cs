using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Artifacts;

public sealed class RetentionPolicySetTests
{
    [Fact]
    public void The_committed_policy_file_has_the_seed_defaults()
    {
        var set = RetentionPolicySet.Load(Path.Combine(RepoRoot.Path, "build/retention-policies.json"));
        var byCategory = set.Policies.ToDictionary(p => p.Category, p => (p.RetentionDays, p.MaxFiles));

        Assert.Equal((90, 100), byCategory["reports"]);
        Assert.Equal((90, 50), byCategory["memory-profiles"]);
        Assert.Equal((90, 100), byCategory["statistical-analysis"]);
        Assert.Equal((30, 200), byCategory["ci-integration"]);
        Assert.Equal((365, 12), byCategory["baseline-history"]);
        Assert.DoesNotContain(set.Policies, p => p.Folder.StartsWith("baselines", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/etc")]
    [InlineData("reports/../../x")]
    [InlineData("baselines")]
    [InlineData("bin")]
    [InlineData("a\\\\b")]
    public void Unsafe_folders_are_refused_naming_the_file(string folder)
    {
        var json = $$"""{ "schema_version": 1, "policies": [ { "category": "c", "folder": "{{folder}}", "retention_days": 1, "max_files": 1 } ] }""";

        var e = Assert.Throws<GateInputException>(() => RetentionPolicySet.Parse(json, "policies.json"));
        Assert.Equal("policies.json", e.File);
        Assert.Contains("folder", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "schema_version": 2, "policies": [] }""", "schema_version")]
    [InlineData("""{ "schema_version": 1, "policies": [] }""", "non-empty")]
    [InlineData("""{ "schema_version": 1, "policies": [ { "category": "c", "folder": "f", "retention_days": 0, "max_files": 1 } ] }""", "retention_days")]
    [InlineData("""{ "schema_version": 1, "policies": [ { "category": "c", "folder": "f", "retention_days": 1, "max_files": "9" } ] }""", "max_files")]
    [InlineData("""{ "schema_version": 1, "policies": [ { "category": "a", "folder": "f", "retention_days": 1, "max_files": 1 }, { "category": "b", "folder": "f/g", "retention_days": 1, "max_files": 1 } ] }""", "overlap")]
    [InlineData("{ not json", "not valid JSON")]
    public void Malformed_policy_files_are_refused(string json, string expected)
    {
        var e = Assert.Throws<GateInputException>(() => RetentionPolicySet.Parse(json, "p.json"));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
