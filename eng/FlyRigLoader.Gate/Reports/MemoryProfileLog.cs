using System.Text;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;

namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's <c>memory-profile-&lt;ts&gt;.log</c> (pure text): what a user migrating from it opens to read a run's
/// memory, one line per case with the process figures its limits talk about, the memory SLAs, then the leak check. The
/// same figures are in <c>memory-analysis-&lt;run&gt;.json</c> for machines; this file is for people.
/// </summary>
internal static class MemoryProfileLog
{
    /// <summary>The file name of a run's log: <c>memory-profile-&lt;run&gt;.log</c>.</summary>
    public static string FileName(string runId) => $"memory-profile-{runId}.log";

    /// <summary>The log's text.</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        const double mb = ProcessMemoryUse.BytesPerMb;
        var text = new StringBuilder();
        text.Append("Memory profile of run ").Append(report.RunId).Append('\n');
        text.Append("peak working set and managed heap per case (the worst of its launches), working-set growth after a full GC, allocation per operation\n\n");
        foreach (var e in report.AllEntries())
        {
            var memory = e.ProcessMemory;
            text.Append(e.FullName).Append(" [").Append(e.Category).Append("]\n")
                .Append("  peak working set ").Append(ReportFormat.Mb(memory?.PeakWorkingSetBytes / mb))
                .Append(", growth ").Append(ReportFormat.Mb(memory?.WorkingSetGrowthBytes / mb))
                .Append(", managed heap peak ").Append(ReportFormat.Mb(memory?.PeakManagedHeapBytes / mb))
                .Append(", allocated ").Append(e.AllocatedBytesPerOp is { } b ? ReportFormat.F(b / mb, "0.000") + " MB/op" : "n/a").Append('\n');
            foreach (var sla in e.SlaValidation.Where(v => v.Metric != SlaUnits.Time))
            {
                text.Append("  ").Append(ReportFormat.SlaStatusName(sla.Status)).Append(' ').Append(sla.SlaId).Append(": ").Append(sla.Detail).Append('\n');
            }
        }

        var analysis = report.MemoryAnalysis;
        var leak = analysis.LeakDetection;
        text.Append("\nRun peaks: working set ").Append(ReportFormat.Mb(analysis.PeakWorkingSetMb)).Append(analysis.PeakWorkingSetBenchmark is { } w ? " (" + w + ")" : "")
            .Append(", managed heap ").Append(ReportFormat.Mb(analysis.PeakManagedHeapMb)).Append(", largest growth ").Append(ReportFormat.Mb(analysis.MaxWorkingSetGrowthMb)).Append('\n');
        text.Append("Leak detection: ").Append(leak.Status);
        if (leak.CyclesTested is { } cycles)
        {
            text.Append(" (").Append(cycles).Append(" cycles of ").Append(ReportFormat.Mb(leak.DatasetMb)).Append(", managed heap ").Append(Slope(leak.ManagedSlopeMbPerCycle))
                .Append(leak.ManagedPValue is { } p ? ", p " + ReportFormat.F(p, "0.####") : "").Append(", working set ").Append(Slope(leak.WorkingSetSlopeMbPerCycle)).Append(')');
        }

        text.Append('\n');
        if (leak.Rule is { } rule)
        {
            text.Append("  ").Append(rule).Append('\n');
        }

        return text.ToString();
    }

    private static string Slope(double? mbPerCycle) => mbPerCycle is { } s ? ReportFormat.F(s, "+0.000;-0.000;0.000") + " MB/cycle" : "n/a";
}
