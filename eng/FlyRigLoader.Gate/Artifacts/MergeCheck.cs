using System.Globalization;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Decides whether shard reports may be merged into one report: a pure function of their facts.</summary>
internal static class MergeCheck
{
    /// <summary>
    /// Every reason the reports cannot be merged; empty when they can. Reports must: be at least one; measure the same
    /// commit; come from one environment fingerprint (different runners are only comparable when every report is
    /// normalized to the reference machine); cover shards 1..n of one n exactly once when sharded; and not contain the
    /// same benchmark twice.
    /// </summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<ShardReportFacts> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var problems = new List<string>();
        if (reports.Count == 0)
        {
            problems.Add("no shard reports to merge");
            return problems;
        }

        var shas = reports.Select(r => r.GitSha ?? "(unknown)").Distinct(StringComparer.Ordinal).ToList();
        if (shas.Count > 1)
        {
            problems.Add($"reports measure different commits ({string.Join(", ", shas)}): {Describe(reports, r => r.GitSha ?? "(unknown)")}");
        }

        var fingerprints = reports.Select(r => r.Fingerprint).Distinct(StringComparer.Ordinal).ToList();
        if (fingerprints.Count > 1 && !reports.All(r => r.Normalized))
        {
            problems.Add($"reports come from different environments ({Describe(reports, r => r.Fingerprint)}); "
                + "they can only be merged when every report is normalized to the reference machine");
        }

        var jobs = reports.Select(r => r.JobKey ?? "(not recorded)").Distinct(StringComparer.Ordinal).ToList();
        if (jobs.Count > 1)
        {
            problems.Add($"reports were measured with different jobs ({Describe(reports, r => r.JobKey ?? "(not recorded)")}); one run has one job");
        }

        problems.AddRange(ShardProblems(reports));

        var duplicates = reports
            .SelectMany(r => r.Benchmarks.Distinct(StringComparer.Ordinal).Select(b => (Benchmark: b, r.Source)))
            .GroupBy(x => x.Benchmark, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} appears in {string.Join(" and ", g.Select(x => x.Source))}");
        problems.AddRange(duplicates);
        return problems;
    }

    private static IEnumerable<string> ShardProblems(IReadOnlyList<ShardReportFacts> reports)
    {
        if (reports.All(r => r.Shard is null))
        {
            if (reports.Count > 1)
            {
                yield return "several unsharded reports: merge takes the shards of one run";
            }

            yield break;
        }

        if (reports.Any(r => r.Shard is null))
        {
            yield return $"sharded and unsharded reports mixed: {Describe(reports, r => r.Shard?.ToString() ?? "unsharded")}";
            yield break;
        }

        var counts = reports.Select(r => r.Shard!.Count).Distinct().ToList();
        if (counts.Count > 1)
        {
            yield return $"reports split the suite differently: {Describe(reports, r => r.Shard!.ToString())}";
            yield break;
        }

        var n = counts[0];
        var seen = reports.GroupBy(r => r.Shard!.Index).ToDictionary(g => g.Key, g => g.Count());
        var missing = Enumerable.Range(1, n).Where(k => !seen.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"shard(s) {string.Join(", ", missing.Select(k => $"{k}/{n}"))} missing: a partial merge would hide benchmarks from the gate");
        }

        foreach (var (k, count) in seen.Where(p => p.Value > 1).OrderBy(p => p.Key))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"shard {k}/{n} given {count} times");
        }
    }

    private static string Describe(IReadOnlyList<ShardReportFacts> reports, Func<ShardReportFacts, string> value) =>
        string.Join(", ", reports.Select(r => $"{Path.GetFileName(r.Source)}={value(r)}"));
}
