using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class MemoryProfileLogTests
{
    [Fact]
    public void Each_case_has_its_memory_line_and_the_log_ends_with_the_run_peaks_and_the_leak_check()
    {
        var (report, entry) = ReportSamples.WithProcessMemory(300, 12.5, 80);
        var leak = new LeakDetection("NO_LEAKS_DETECTED", "iterative_cycles", 12, 50, 0.0123, 0.41, -0.5, 3.2, "managed slope < 1 MB/cycle or p >= 0.01", "leak-check.json");
        var judged = report with { MemoryAnalysis = report.MemoryAnalysis with { LeakDetection = leak, PeakWorkingSetMb = 300, PeakWorkingSetBenchmark = entry.FullName } };

        var log = MemoryProfileLog.Render(judged);

        Assert.StartsWith($"Memory profile of run {report.RunId}\n", log, StringComparison.Ordinal);
        Assert.Contains($"{entry.FullName} [{entry.Category}]\n  peak working set 300.0 MB, growth 12.5 MB, managed heap peak 80.0 MB, allocated ", log, StringComparison.Ordinal);
        Assert.Equal(report.AllEntries().Count(), log.Split('\n').Count(l => l.StartsWith("  peak working set ", StringComparison.Ordinal)));
        Assert.Contains("  peak working set n/a, growth n/a, managed heap peak n/a", log, StringComparison.Ordinal);
        Assert.Contains($"Run peaks: working set 300.0 MB ({entry.FullName})", log, StringComparison.Ordinal);
        Assert.Contains("Leak detection: NO_LEAKS_DETECTED (12 cycles of 50.0 MB, managed heap +0.012 MB/cycle, p 0.41, working set -0.500 MB/cycle)\n  managed slope", log, StringComparison.Ordinal);
        Assert.Equal("memory-profile-20240117T143022Z-0123456.log", MemoryProfileLog.FileName(report.RunId));
    }
}
