using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

/// <summary>Every report says what code it measured, so a steady number is never mistaken for production's.</summary>
public sealed class ReportFormatTests
{
    private static JobIdentity Job(string tiering) =>
        new("default", "IterationCount=5", 3, new Dictionary<string, string>(StringComparer.Ordinal) { ["TieredCompilation"] = tiering });

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    public void A_job_with_tiering_off_says_it_is_not_how_production_runs(string tiering)
    {
        var text = ReportFormat.MeasuredCode(Job(tiering));

        Assert.Contains("tiered compilation off", text, StringComparison.Ordinal);
        Assert.Contains("startup costs are not measured and PGO gains are not seen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_with_tiering_on_measured_what_users_run()
    {
        Assert.Contains("as users' processes run", ReportFormat.MeasuredCode(Job("1")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("0", true)]
    [InlineData("true", false)]
    [InlineData(JobIdentity.Unset, false)]
    public void A_job_with_a_blocking_gc_says_so_too(string concurrent, bool blocking)
    {
        var job = new JobIdentity("default", "IterationCount=5", 3, new Dictionary<string, string>(StringComparer.Ordinal) { ["TieredCompilation"] = "1", ["ConcurrentGC"] = concurrent });

        var text = ReportFormat.MeasuredCode(job);

        Assert.Equal(blocking, text.Contains("blocking GC (concurrent GC off)", StringComparison.Ordinal));
        Assert.StartsWith(".NET's defaults", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IterationCount=5, WarmupCount=3", true)]
    [InlineData("Force=False, IterationCount=5, WarmupCount=3", false)]
    [InlineData("", false)]
    [InlineData("Force=False, IterationCount=5 | IterationCount=5", false)]
    public void A_job_that_forced_a_gc_before_every_iteration_says_so(string bdnJob, bool forced)
    {
        var job = new JobIdentity("default", bdnJob, 3, new Dictionary<string, string>(StringComparer.Ordinal) { ["TieredCompilation"] = "false" });

        var text = ReportFormat.MeasuredCode(job);

        Assert.Equal(forced, text.Contains("a full GC forced before every iteration", StringComparison.Ordinal));
        Assert.StartsWith("tiered compilation off", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_without_recorded_settings_does_not_pretend_to_know()
    {
        Assert.Contains("not recorded", ReportFormat.MeasuredCode(Job(JobIdentity.Unset)), StringComparison.Ordinal);
    }
}
