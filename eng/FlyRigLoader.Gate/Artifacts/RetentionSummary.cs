using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Renders what a retention pass removed as JSON and as console lines.</summary>
internal static class RetentionSummary
{
    /// <summary>The summary JSON (<c>schema_version</c> 1) of one pass.</summary>
    public static string ToJson(RetentionPolicySet policies, RetentionPlan plan, RetentionOutcome outcome, ArtifactScan scan, DateTimeOffset now, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(scan);
        var categories = new JArray(policies.Policies.Select(p =>
        {
            var removed = outcome.Removed.Where(d => d.File.Category == p.Category).ToList();
            return new JObject
            {
                ["category"] = p.Category,
                ["folder"] = p.Folder,
                ["retention_days"] = p.RetentionDays,
                ["max_files"] = p.MaxFiles,
                ["files_seen"] = plan.Decisions.Count(d => d.File.Category == p.Category),
                ["files_removed"] = removed.Count,
                ["bytes_freed"] = removed.Sum(d => d.File.SizeBytes),
            };
        }));
        var root = new JObject
        {
            ["schema_version"] = 1,
            ["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["dry_run"] = dryRun,
            ["newest_run"] = plan.NewestRunId,
            ["total_files_removed"] = outcome.Removed.Count,
            ["total_bytes_freed"] = outcome.Removed.Sum(d => d.File.SizeBytes),
            ["categories"] = categories,
            ["removed"] = new JArray(outcome.Removed.Select(d => new JObject
            {
                ["path"] = d.File.RelativePath,
                ["bytes"] = d.File.SizeBytes,
                ["reason"] = ReasonText(d.Reason),
                ["last_write"] = d.File.LastWriteUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            })),
            ["vanished"] = new JArray(outcome.Vanished),
            ["failed"] = new JArray(outcome.Failed.Select(f => new JObject { ["path"] = f.Key, ["error"] = f.Value })),
            ["removed_directories"] = new JArray(outcome.RemovedDirectories),
            ["directory_warnings"] = new JArray(outcome.DirectoryWarnings.Select(f => new JObject { ["path"] = f.Key, ["error"] = f.Value })),
            ["skipped_links"] = new JArray(scan.SkippedLinks),
        };
        return root.ToString(Formatting.Indented) + "\n";
    }

    /// <summary>One console line per removal and a total, e.g. <c>would remove reports/a.json (1.5 KB, expired)</c>.</summary>
    public static IEnumerable<string> ToLines(RetentionOutcome outcome, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var verb = dryRun ? "would remove" : "removed";
        foreach (var d in outcome.Removed)
        {
            yield return $"{verb} {d.File.RelativePath} ({FormatBytes(d.File.SizeBytes)}, {ReasonText(d.Reason)})";
        }

        foreach (var v in outcome.Vanished)
        {
            yield return $"already gone: {v}";
        }

        foreach (var f in outcome.Failed)
        {
            yield return $"could not remove {f.Key}: {f.Value}";
        }

        foreach (var d in outcome.RemovedDirectories)
        {
            yield return $"removed empty directory {d}";
        }

        foreach (var w in outcome.DirectoryWarnings)
        {
            yield return $"warning: could not remove empty directory {w.Key}: {w.Value}";
        }

        yield return string.Create(CultureInfo.InvariantCulture,
            $"{(dryRun ? "dry run: " : string.Empty)}{outcome.Removed.Count} file(s), {FormatBytes(outcome.Removed.Sum(d => d.File.SizeBytes))} {(dryRun ? "would be freed" : "freed")}");
    }

    /// <summary>Bytes in B/KB/MB/GB with one decimal, invariant culture.</summary>
    public static string FormatBytes(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.0} {units[unit]}");
    }

    private static string ReasonText(RetentionReason reason) => reason switch
    {
        RetentionReason.Expired => "expired",
        RetentionReason.OverLimit => "over-limit",
        RetentionReason.NewestRun => "newest-run",
        _ => "within-limits",
    };
}
