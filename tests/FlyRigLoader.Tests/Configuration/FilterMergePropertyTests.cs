using CsCheck;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

public sealed class FilterMergePropertyTests
{
    private static readonly Gen<string[]> Entries = Gen.String[Gen.Char["ab._*?~"], 1, 4].Array[0, 8];

    [Fact]
    public void Extraction_patterns_is_the_ordered_union_without_repeats() =>
        Gen.Select(Entries, Entries, Entries, Entries).Sample((folder, project, experiment, dataset) =>
        {
            var merged = FilterMerge.ExtractionPatterns(folder, project, experiment, dataset);
            var all = folder.Concat(project).Concat(experiment).Concat(dataset).ToList();

            Assert.Equal(merged.Count, merged.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(all.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), merged.ToHashSet(StringComparer.Ordinal));
            // Each kept pattern sits where it first appeared, so relative order follows the level order.
            var firstIndex = merged.Select(p => all.IndexOf(p)).ToList();
            Assert.Equal(firstIndex.Order(), firstIndex);
        }, iter: 300);

    [Fact]
    public void Extraction_patterns_dataset_only_patterns_come_after_every_lower_level_pattern() =>
        Gen.Select(Entries, Entries, Entries).Sample((project, experiment, dataset) =>
        {
            var merged = FilterMerge.ExtractionPatterns(project, experiment, dataset).ToList();
            var lower = project.Concat(experiment).ToHashSet(StringComparer.Ordinal);
            var datasetOnly = dataset.Where(d => !lower.Contains(d)).ToList();
            foreach (var pattern in datasetOnly)
            {
                Assert.True(merged.IndexOf(pattern) >= lower.Count, "a dataset-only pattern is applied after all project and experiment patterns (so it wins)");
            }
        }, iter: 300);

    [Fact]
    public void Ignore_globs_keep_project_entries_as_a_prefix_and_are_idempotent() =>
        Gen.Select(Entries, Entries).Sample((project, experiment) =>
        {
            var merged = FilterMerge.IgnoreGlobs(project, experiment);
            var projectOnly = FilterMerge.IgnoreGlobs(project, []);

            Assert.Equal(projectOnly, merged.Take(projectOnly.Count));
            Assert.All(merged, glob => Assert.True(glob.Contains('*', StringComparison.Ordinal) || glob.Contains('?', StringComparison.Ordinal)));
            Assert.Equal(merged, FilterMerge.IgnoreGlobs(merged, []));
        }, iter: 300);

    [Fact]
    public void Mandatory_substrings_contain_every_entry_once() =>
        Gen.Select(Entries, Entries).Sample((project, experiment) =>
        {
            var merged = FilterMerge.MandatorySubstrings(project, experiment);

            Assert.Equal(project.Concat(experiment).Distinct(StringComparer.Ordinal), merged);
        }, iter: 300);

    [Fact]
    public void Choose_base_directory_first_non_blank_wins() =>
        Gen.Select(Gen.OneOfConst<string?>(null, "", "  ", "/arg"), Gen.OneOfConst<string?>(null, "", "/cfg"), Gen.OneOfConst<string?>(null, " ", "/env"))
            .Sample((argument, configured, environment) =>
            {
                var expected = new[] { argument, configured, environment }.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));

                Assert.Equal(expected, ExperimentConfig.ChooseBaseDirectory(argument, configured, environment));
            }, iter: 200);
}
