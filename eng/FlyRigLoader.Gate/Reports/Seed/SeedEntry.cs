using FlyRigLoader.Gate.Core.Sla;

namespace FlyRigLoader.Gate.Reports.Seed;

/// <summary>One benchmark case in the seed's shape: times in seconds, a single SLA object, the seed's normalization.</summary>
internal static class SeedEntry
{
    /// <summary>Bytes in the seed's MB (binary, as BenchmarkDotNet reports allocations).</summary>
    public const double BytesPerMb = 1024 * 1024;

    private const double NanosecondsPerSecond = 1e9;

    /// <summary>The seed's entry for <paramref name="entry"/>; <paramref name="seedFactor"/> is the seed's overall normalization factor.</summary>
    public static object Of(BenchmarkEntry entry, double seedFactor)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var s = entry.Statistics;
        return new
        {
            execution_times = entry.ExecutionTimes.Select(Seconds).ToList(),
            statistics = s is null ? null : new
            {
                mean = Seconds(s.Mean),
                median = Seconds(s.Median),
                std_dev = Seconds(s.StdDev),
                min = Seconds(s.Min),
                max = Seconds(s.Max),
                confidence_interval_95 = s.StudentT is { } ci ? new[] { Seconds(ci.Lower), Seconds(ci.Upper) } : null,
                n = s.N,
            },
            sla_validation = Sla(entry),
            // The seed's formula with the seed's fixed factor (normalized = raw / factor); the gate's own, calibrated
            // normalization (raw × measured speed factor) follows under its own names.
            normalization = entry.Normalization is { } n ? new
            {
                raw_mean = Seconds(n.RawMeanNs),
                normalized_mean = Seconds(n.RawMeanNs / seedFactor),
                factor_applied = seedFactor,
                calibrated_mean = Seconds(n.NormalizedMeanNs),
                calibration_speed_factor = n.SpeedFactor,
            } : null,
            scaling_analysis = SeedScaling.Of(entry),
            success = entry.Success,
            error = entry.Error,
            allocated_mb_per_op = entry.AllocatedBytesPerOp is { } b ? b / BytesPerMb : (double?)null,
            peak_memory_mb = entry.ProcessMemory is { } m ? m.PeakWorkingSetBytes / BytesPerMb : (double?)null,
            memory_delta_mb = entry.ProcessMemory is { } d ? d.WorkingSetGrowthBytes / BytesPerMb : (double?)null,
            peak_managed_heap_mb = entry.ProcessMemory is { } h ? h.PeakManagedHeapBytes / BytesPerMb : (double?)null,
        };
    }

    /// <summary>
    /// The seed has one time SLA per test; a case here may have several (and allocation SLAs). The seed's object shows
    /// the time SLA with the least headroom: its allowed time as <c>threshold</c>, its verdict, and <c>margin</c> =
    /// threshold − the observed upper 95 % bound (the gate's CI rule), and <c>guide_margin</c> = threshold − the mean,
    /// the guide's own margin. <c>overall_status</c> covers every SLA of the case.
    /// </summary>
    private static object Sla(BenchmarkEntry entry)
    {
        var time = entry.SlaValidation
            .Where(v => v.Metric == SlaUnits.Time && v.Allowed is > 0)
            .MinBy(v => v.Margin is { } m ? m / v.Allowed!.Value : double.NegativeInfinity);
        var scale = time is null ? 1 : SlaUnits.TimeUnits[time.Unit] / NanosecondsPerSecond;
        return new
        {
            threshold = time?.Allowed * scale,
            status = time is null ? "NO_SLA" : ReportFormat.SlaStatusName(time.Status),
            margin = time?.Margin * scale,
            guide_margin = time?.GuideMargin * scale,
            sla_id = time?.SlaId,
            observed = time?.Observed * scale,
            overall_status = ReportFormat.Status(entry),
        };
    }

    private static double Seconds(double ns) => ns / NanosecondsPerSecond;
}
