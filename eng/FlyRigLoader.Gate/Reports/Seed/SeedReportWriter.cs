using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Reports.Seed;

/// <summary>
/// The run report in the seed's JSON format (<c>shared/spec/benchmark-suite.md</c>, "JSON Performance Report Format"):
/// the seed's keys and units (seconds), so scripts written for the Python original read it unchanged. Schema
/// <c>schemas/seed-benchmark-report.schema.json</c>. Written beside the gate's report, never instead of it: every target
/// reads the gate's report.
/// </summary>
internal static class SeedReportWriter
{
    /// <summary>Marks the file as this format (the seed's files carry no marker; extra keys do not disturb its readers).</summary>
    public const string Format = "flyrigloader-seed-report";

    /// <summary>The format version written.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The file name for a run: <c>seed-benchmark-report-&lt;run&gt;.json</c>. It must not match
    /// <c>benchmark-report-*.json</c>, which MergeReports, CheckRegression and the trend charts read as gate reports.
    /// </summary>
    public static string FileName(string runId) => $"seed-benchmark-report-{runId}.json";

    /// <summary>The JSON text of <paramref name="report"/> in the seed's format.</summary>
    public static string Render(BenchmarkReport report, string sourceReportFile)
    {
        ArgumentNullException.ThrowIfNull(report);
        var env = report.Environment;
        var info = env.Info;
        var leak = report.MemoryAnalysis.LeakDetection;
        return ReportJson.Serialize(new
        {
            format = Format,
            schema_version = SchemaVersion,
            run_id = report.RunId,
            source_report = Path.GetFileName(sourceReportFile),
            units = new { time = "s", memory = "MB" },
            benchmark_suite = new
            {
                name = report.BenchmarkSuite.Name,
                version = report.BenchmarkSuite.Version,
                execution_timestamp = report.BenchmarkSuite.ExecutionTimestamp,
                execution_duration_seconds = report.BenchmarkSuite.ExecutionDurationSeconds,
            },
            environment = new
            {
                platform = new { system = info.Os.Family, release = info.Os.Kernel, machine = info.Os.Architecture, processor = info.Cpu.Model },
                dotnet = new { version = info.Dotnet.Runtime, implementation = ".NET" },
                hardware = new
                {
                    cpu_count_logical = info.Cpu.LogicalCores,
                    cpu_count_physical = info.Cpu.PhysicalCores,
                    memory_total_gb = info.Memory.TotalGb,
                    memory_available_gb = info.Memory.AvailableGb,
                },
                storage = new { type = info.StorageType, performance_tier = info.StoragePerformanceTier },
                virtualization = new
                {
                    is_virtualized = info.Virtualization.IsVirtualized,
                    platform = info.Virtualization.Platform,
                    normalization_factor = env.SeedNormalizationFactors.Overall,
                },
                fingerprint = env.Fingerprint,
            },
            benchmark_results = report.BenchmarkResults.ToDictionary(
                c => SeedCategory(c.Key),
                c => c.Value.ToDictionary(e => e.Key, e => SeedEntry.Of(e.Value, env.SeedNormalizationFactors.Overall), StringComparer.Ordinal),
                StringComparer.Ordinal),
            memory_analysis = new
            {
                // The guide's peak memory is the process's resident peak (psutil RSS): the highest working set of any case.
                peak_memory_usage_mb = report.MemoryAnalysis.PeakWorkingSetMb,
                peak_memory_benchmark = report.MemoryAnalysis.PeakWorkingSetBenchmark,
                max_memory_delta_mb = report.MemoryAnalysis.MaxWorkingSetGrowthMb,
                peak_managed_heap_mb = report.MemoryAnalysis.PeakManagedHeapMb,
                // Allocation per operation is another quantity; it keeps its own name.
                peak_allocated_mb_per_op = report.MemoryAnalysis.PeakAllocatedBytesPerOp is { } peak ? peak / SeedEntry.BytesPerMb : (double?)null,
                memory_efficiency_score = (double?)null,
                leak_detection = new
                {
                    status = leak.Status,
                    analysis_method = leak.AnalysisMethod,
                    cycles_tested = leak.CyclesTested,
                    max_memory_growth_mb = leak.MaxMemoryGrowthMb,
                },
            },
            regression_analysis = report.RegressionAnalysis is { } regression
                ? new { baseline_comparison = BaselineComparison(regression) }
                : null,
        });
    }

    private static object BaselineComparison(RegressionAnalysis regression)
    {
        var guide = GuideBaselineComparison.Of(regression, SeedCategory);
        return new
        {
            baseline_date = guide.BaselineDate,
            baseline_age_days = guide.BaselineAgeDays,
            regression_detected = guide.RegressionDetected,
            performance_delta_percentage = guide.PerformanceDeltaPercentage,
            improvement_areas = guide.ImprovementAreas,
            status = regression.GuideStatus ?? regression.Status,
            gate_status = regression.Status,
            baseline = regression.Baseline,
        };
    }

    /// <summary>The seed spells categories with underscores (<c>data_loading</c>); the gate's ids use hyphens.</summary>
    public static string SeedCategory(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return category.Replace('-', '_');
    }
}
