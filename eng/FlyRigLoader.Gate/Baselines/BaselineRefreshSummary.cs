using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>
/// The Markdown summary <c>UpdateBaseline --summary-file</c> writes: what appending the run did to the baseline, which
/// the refresh workflow uses as its pull request's title (the first line, a heading) and body.
/// </summary>
internal static class BaselineRefreshSummary
{
    /// <summary>A reference that moved less than this is counted, not listed: between-run noise of a K-run median.</summary>
    public const double ListedMove = 0.01;

    /// <summary>Allocation changes smaller than the gate's default jitter tolerance are not listed.</summary>
    public const double ListedBytes = 32;

    /// <summary>Gathers the other baseline files of <paramref name="target"/>'s folder and writes the summary atomically.</summary>
    public static void Write(string summaryPath, string root, string target, BaselineFile? before, BaselineFile after, string runId, int maxAgeDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        var others = Directory.EnumerateFiles(Path.GetDirectoryName(target)!, "*.json")
            .Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(target), StringComparison.Ordinal) && BaselineStore.IsBaselineJson(f))
            .Order(StringComparer.Ordinal)
            .Select(Other)
            .ToList();
        AtomicFile.WriteAllText(summaryPath, Render(Path.GetRelativePath(root, target).Replace('\\', '/'), before, after, runId, others, maxAgeDays, now));
    }

    /// <summary>The summary's Markdown. Pure.</summary>
    public static string Render(string file, BaselineFile? before, BaselineFile after, string runId, IReadOnlyList<OtherBaseline> others, int maxAgeDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(others);
        var moves = BaselineMovement.Compare(before, after);
        var listed = moves.Where(m => m.Ratio is { } r && Math.Abs(r - 1) >= ListedMove).ToList();
        var quiet = moves.Count(m => m.Ratio is { } r && Math.Abs(r - 1) < ListedMove);
        var added = moves.Where(m => m.BeforeNs is null).Select(m => m.FullName).ToList();
        var gone = moves.Where(m => m.AfterNs is null).Select(m => m.FullName).ToList();
        var stem = Path.GetFileNameWithoutExtension(file);
        var run = after.Runs.FirstOrDefault(r => r.Provenance.RunId == runId) ?? after.Runs[^1];
        var md = new StringBuilder();
        md.Append("# ").Append(Title(stem, before, listed, added.Count)).Append("\n\n");
        md.Append(Inv($"Appends run `{run.Provenance.RunId}` (commit `{Short(run.Provenance.GitSha)}`, {run.Provenance.Date.UtcDateTime:yyyy-MM-dd HH:mm} UTC) to `{file}`, "));
        md.Append(Inv($"which now holds {after.Runs.Count} of K = {after.KeepRuns} runs. The gate compares a pull request's medians with the median of these runs' medians; "));
        md.Append("the table shows how that reference moves when this is merged.\n\n");
        if (before is null)
        {
            md.Append(Inv($"This is a **new baseline file**: no baseline had this runner's environment fingerprint `{after.Fingerprint}` yet (a new CPU model or runtime in the runner fleet, or a changed job). Until it is merged, pull requests on such runners have no baseline to be judged against.\n\n"));
        }
        else
        {
            var dropped = before.Runs.Where(r => after.Runs.All(a => a.Provenance.RunId != r.Provenance.RunId)).ToList();
            foreach (var d in dropped)
            {
                md.Append(Inv($"Drops the oldest run `{d.Provenance.RunId}` ({d.Provenance.Date.UtcDateTime:yyyy-MM-dd}).\n\n"));
            }

            md.Append(listed.Count == 0 ? "No reference median moved by 1% or more.\n\n" : "| Benchmark | Reference median before | After | Change |\n|---|---|---|---|\n");
            foreach (var m in listed)
            {
                md.Append(Inv($"| `{Escape(m.FullName)}` | {Time(m.BeforeNs!.Value)} | {Time(m.AfterNs!.Value)} | {Change(m.Ratio!.Value)} |\n"));
            }

            md.Append(listed.Count == 0 ? string.Empty : "\n");
            if (quiet > 0)
            {
                md.Append(Inv($"{quiet} other benchmark(s) moved by less than 1%.\n\n"));
            }
        }

        var bytes = moves.Where(m => m.BeforeBytes is { } b && m.AfterBytes is { } a && Math.Abs(a - b) >= ListedBytes).ToList();
        if (bytes.Count > 0)
        {
            md.Append("| Benchmark | Allocated per operation before | After |\n|---|---|---|\n");
            foreach (var m in bytes)
            {
                md.Append(Inv($"| `{Escape(m.FullName)}` | {m.BeforeBytes:0} B | {m.AfterBytes:0} B |\n"));
            }

            md.Append('\n');
        }

        if (before is not null && added.Count > 0)
        {
            md.Append(Inv($"New benchmarks ({added.Count}): {string.Join(", ", added.Select(a => "`" + Escape(a) + "`"))}.\n\n"));
        }

        if (gone.Count > 0)
        {
            md.Append(Inv($"No longer in any kept run ({gone.Count}): {string.Join(", ", gone.Select(a => "`" + Escape(a) + "`"))}.\n\n"));
        }

        if (others.Count > 0)
        {
            md.Append("Other baseline files, kept until a maintainer deletes them (no workflow removes a baseline):\n\n");
            foreach (var o in others)
            {
                md.Append("- `").Append(o.FileName).Append("`: ").Append(OtherText(o, maxAgeDays, now)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("<sub>Opened by the baseline refresh workflow and updated in place by its next run; merging it is what changes the baseline.</sub>\n");
        return md.ToString();
    }

    private static string Title(string stem, BaselineFile? before, List<BaselineMove> listed, int added)
    {
        if (before is null)
        {
            return Inv($"Baseline refresh: new baseline {stem} ({added} benchmarks)");
        }

        if (listed.Count == 0)
        {
            return Inv($"Baseline refresh: {stem}, no reference moved by 1% or more");
        }

        var largest = listed[0];
        return Inv($"Baseline refresh: {stem}, {listed.Count} benchmark(s) moved by 1% or more (largest {ShortName(largest.FullName)} {Change(largest.Ratio!.Value)})");
    }

    private static string OtherText(OtherBaseline o, int maxAgeDays, DateTimeOffset now)
    {
        if (o.Problem is not null)
        {
            return "unreadable: " + o.Problem;
        }

        if (o.NewestRun is not { } newest)
        {
            return "holds no run";
        }

        var age = Math.Max(0, (now - newest).TotalDays);
        return age > maxAgeDays
            ? Inv($"{o.Runs} run(s), newest {age:0} days old: STALE (over {maxAgeDays} days); no runner of this refresh measured its fingerprint, so delete it once the fleet has moved on")
            : Inv($"{o.Runs} run(s), newest {age:0} days old");
    }

    private static OtherBaseline Other(string path)
    {
        try
        {
            var file = BaselineStore.Read(path);
            return new OtherBaseline(Path.GetFileName(path), file.Runs.Count, file.LatestRunDate, null);
        }
        catch (GateInputException e)
        {
            return new OtherBaseline(Path.GetFileName(path), null, null, e.Problem);
        }
    }

    private static string Change(double ratio) => Inv($"{(ratio >= 1 ? "+" : "−")}{Math.Abs(ratio - 1) * 100:0.0}% (×{ratio:0.000})");

    private static string Time(double ns) => ns switch
    {
        >= 1e9 => Inv($"{ns / 1e9:0.000} s"),
        >= 1e6 => Inv($"{ns / 1e6:0.000} ms"),
        >= 1e3 => Inv($"{ns / 1e3:0.000} us"),
        _ => Inv($"{ns:0.0} ns"),
    };

    private static string ShortName(string fullName)
    {
        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        var bare = paren > 0 ? fullName[..paren] : fullName;
        var parts = bare.Split('.');
        return (parts.Length >= 2 ? parts[^2] + "." + parts[^1] : bare) + (paren > 0 ? fullName[paren..] : string.Empty);
    }

    private static string Short(string? sha) => sha is null ? "unknown" : sha[..Math.Min(7, sha.Length)];

    private static string Escape(string text) => text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
