using System.Globalization;
using FlyRigLoader.Gate.Core.Sla;

namespace FlyRigLoader.Gate.Reports;

/// <summary>Shared formatting of report values for the text outputs (console, CSV, Markdown, HTML).</summary>
internal static class ReportFormat
{
    /// <summary>A duration in ns as a readable value with unit (<c>1.234 s</c>, <c>87.1 µs</c>).</summary>
    public static string Time(double ns) => Scaled(ns, "0.0");

    /// <summary>A median in the regression and history tables: as <see cref="Time"/> with two decimals of ns, <c>-</c> for none.</summary>
    public static string Median(double? ns) => ns is { } v ? Scaled(v, "0.00") : "-";

    private static string Scaled(double ns, string nanosecondFormat) => ns switch
    {
        >= 1e9 => F(ns / 1e9, "0.000") + " s",
        >= 1e6 => F(ns / 1e6, "0.000") + " ms",
        >= 1e3 => F(ns / 1e3, "0.000") + " us",
        _ => F(ns, nanosecondFormat) + " ns",
    };

    /// <summary>The runtime settings of a job that are set, <c>Name=value, …</c> (<c>defaults</c> when none is).</summary>
    public static string Runtime(Core.Jobs.JobIdentity job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var set = job.Runtime.Where(kv => kv.Value != Core.Jobs.JobIdentity.Unset).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value).ToList();
        return set.Count == 0 ? "defaults" : string.Join(", ", set);
    }

    /// <summary>
    /// What code the run measured, from its job's runtime settings: with tiered compilation off (the suite's steady default), a
    /// blocking GC (baselines measured before 2026-12-04) or BenchmarkDotNet's forced GC before every iteration (the
    /// suite's job) it is not how production runs, and the report must say so.
    /// </summary>
    public static string MeasuredCode(Core.Jobs.JobIdentity job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var tiering = job.Runtime.GetValueOrDefault("TieredCompilation");
        var code = tiering is "false" or "0"
            ? "tiered compilation off (--runtime=steady): every method fully optimized at its first call, without tier-0 code or dynamic PGO; production runs tier-0 first and then PGO-optimized code, so startup costs are not measured and PGO gains are not seen (--runtime=shipped measures .NET's defaults)"
            : tiering is null or Core.Jobs.JobIdentity.Unset
                ? "runtime settings not recorded: the code measured may differ from production"
                : ".NET's defaults (tier-0 code first, then tier-1 with dynamic PGO), as users' processes run";
        code = job.Runtime.GetValueOrDefault("ConcurrentGC") is "false" or "0"
            ? code + "; blocking GC (concurrent GC off): a full collection stops the benchmark thread, where a default process runs it in the background on another core, so allocation-heavy cases read slower than users see them"
            : code;
        return Core.Jobs.BdnJobText.Characteristics(job.BdnJob) is { } characteristics && !characteristics.ContainsKey("Force")
            ? code + "; a full GC forced before every iteration (BenchmarkDotNet's default): a case of one large load per iteration pays fresh pages on every load, which a long-running user process does not, and collections fall outside the measured time"
            : code;
    }

    /// <summary>An invariant number with a format.</summary>
    public static string F(double value, string format = "G6") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A size in MB with one decimal (<c>12.5 MB</c>), or <c>n/a</c>.</summary>
    public static string Mb(double? mb) => mb is { } v ? F(v, "0.0") + " MB" : "n/a";

    /// <summary>An SLA verdict's status as the reports print it (<c>PASS</c>, <c>FAIL</c>, <c>NO_DATA</c>, <c>INCONCLUSIVE</c>).</summary>
    public static string SlaStatusName(SlaStatus status) => status switch
    {
        SlaStatus.Pass => "PASS",
        SlaStatus.Fail => "FAIL",
        SlaStatus.NoData => "NO_DATA",
        SlaStatus.Inconclusive => "INCONCLUSIVE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown SLA status"),
    };

    /// <summary>Overall status of an entry: FAILED (benchmark), FAIL/NO_DATA/INCONCLUSIVE (worst SLA), PASS, or NO_SLA.</summary>
    public static string Status(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.Success)
        {
            return "FAILED";
        }

        if (entry.SlaValidation.Count == 0)
        {
            return "NO_SLA";
        }

        return entry.SlaValidation.Any(v => v.Status == SlaStatus.NoData) ? "NO_DATA"
            : entry.SlaValidation.Any(v => v.Status == SlaStatus.Fail) ? "FAIL"
            : entry.SlaValidation.Any(v => v.Status == SlaStatus.Inconclusive) ? "INCONCLUSIVE" : "PASS";
    }

    /// <summary>The exit code in words, as the summaries print it.</summary>
    public static string ExitMeaning(int exitCode) => exitCode switch
    {
        0 => "all benchmarks ran, all SLAs pass",
        1 => "SLA failure or regression",
        3 => "no verdict: INCOMPARABLE or INCONCLUSIVE; --accept-no-verdict accepts it",
        _ => "benchmark failure, timeout, invalid input or infrastructure error",
    };

    /// <summary>One line per re-measured case: <c>name: OUTCOME (launches 4, 5): reason</c>.</summary>
    public static IEnumerable<string> RemeasureLines(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return (report.Remeasured ?? []).Select(r => $"{r.FullName}: {r.Outcome}{(r.Launches.Count > 0 ? " (re-measure launches " + string.Join(", ", r.Launches) + ")" : "")}: {r.Reason}");
    }

    /// <summary>
    /// How far the entry's launches (fresh processes) disagree: the standard deviation of their log medians as a
    /// percentage (e^sd − 1, so 0.10 reads 10.5%); <c>-</c> with fewer than two launches.
    /// </summary>
    public static string LaunchSpread(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.BetweenLaunchSd is { } sd ? F((Math.Exp(sd) - 1) * 100, "0.0") + "%" : "-";
    }

    /// <summary>The SLA limits of an entry in words (<c>SLA: &lt;1.050 s</c>), or empty.</summary>
    public static string SlaText(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Join(", ", entry.SlaValidation.Select(v => v.Limit is { } l
            ? $"{v.SlaId}: <{F(l, "G4")} {v.Unit}"
            : $"{v.SlaId}: no data"));
    }

    /// <summary>
    /// The entry's SLA with the least headroom and that headroom as a fraction of its allowed value (1 − observed /
    /// allowed; negative when over), or null when no SLA has data.
    /// </summary>
    public static (SlaVerdict Verdict, double Fraction)? TightestMargin(BenchmarkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.SlaValidation
            .Where(v => v.Margin is not null && v.Allowed is > 0)
            .Select(v => ((SlaVerdict Verdict, double Fraction)?)(v, v.Margin!.Value / v.Allowed!.Value))
            .MinBy(x => x!.Value.Fraction);
    }

    /// <summary>The tightest SLA margin as a signed percentage (<c>+36%</c>), or <c>-</c>.</summary>
    public static string MarginText(BenchmarkEntry entry) =>
        TightestMargin(entry) is { } m ? F(m.Fraction * 100, "+0;-0") + "%" : "-";
}
