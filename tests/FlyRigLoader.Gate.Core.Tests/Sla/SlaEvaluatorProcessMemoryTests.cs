using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Sla;

public sealed class SlaEvaluatorProcessMemoryTests
{
    private const double Mb = 1024 * 1024;

    private static readonly SlaDefinition Peak = new("test_large_dataset_memory_efficiency.peak_memory", "peak < 1200 MB", SlaUnits.PeakWorkingSet, 1200, "MB", null, ["N.Memory.*"]);

    private static readonly SlaDefinition Growth = new("test_large_dataset_memory_efficiency.memory_delta", "growth < 100 MB", SlaUnits.WorkingSetGrowth, 100, "MB", null, ["N.Memory.*"]);

    private static BenchmarkResult Case(ProcessMemoryUse? memory) =>
        new("N.Memory.T.M", "T", "M", null, "memory", [1.0, 2.0, 3.0], 5 * Mb, true, null, ProcessMemory: memory);

    private static SlaVerdict Judge(SlaDefinition sla, BenchmarkResult result) => SlaEvaluator.EvaluateOne(sla, result, SampleStatistics.Summarize(result.SamplesNs), null);

    [Fact]
    public void Peak_working_set_is_judged_against_the_threshold_without_tolerance()
    {
        var pass = Judge(Peak, Case(new ProcessMemoryUse(1200 * Mb, 0, 100 * Mb)));
        var fail = Judge(Peak, Case(new ProcessMemoryUse(1201 * Mb, 0, 100 * Mb)));

        Assert.Equal(SlaStatus.Pass, pass.Status);
        Assert.Equal(1200, pass.Limit);
        Assert.Equal(SlaStatus.Fail, fail.Status);
        Assert.Equal(-1, fail.Margin!.Value, 9);
        Assert.Contains("peak working set 1201 MB > limit 1200 MB", fail.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_reads_the_growth_not_the_peak_or_the_allocation()
    {
        var v = Judge(Growth, Case(new ProcessMemoryUse(5000 * Mb, 150 * Mb, 10 * Mb)));

        Assert.Equal(SlaStatus.Fail, v.Status);
        Assert.Equal(150, v.Observed!.Value, 9);
        Assert.Equal(SlaStatus.Pass, Judge(Growth, Case(new ProcessMemoryUse(5000 * Mb, -20 * Mb, 10 * Mb))).Status);
    }

    [Fact]
    public void A_case_without_process_memory_has_no_data_rather_than_a_pass()
    {
        var v = Judge(Peak, Case(null));
        Assert.Equal(SlaStatus.NoData, v.Status);
        Assert.Contains("no process-memory data", v.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_memory_metric_takes_size_units()
    {
        Assert.Equal(SlaUnits.SizeUnits, SlaUnits.For(SlaUnits.PeakWorkingSet));
        Assert.Equal(SlaUnits.SizeUnits, SlaUnits.For(SlaUnits.WorkingSetGrowth));
        Assert.Null(SlaUnits.For("rss"));
    }
}
