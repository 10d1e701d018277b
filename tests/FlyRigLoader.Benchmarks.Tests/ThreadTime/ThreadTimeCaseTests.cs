using System.Diagnostics;
using FlyRigLoader.Benchmarks.ThreadTime;

namespace FlyRigLoader.Benchmarks.Tests.ThreadTime;

public sealed class ThreadTimeCaseTests
{
    private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    [Fact]
    public void Shares_are_the_threads_cpu_and_run_queue_time_over_the_wall_time_between_the_readings()
    {
        var before = new ThreadTimeReading(OnCpuNs: 5_000_000_000, RunQueueNs: 1_000_000, WallTimestamp: Ticks(100));
        var after = new ThreadTimeReading(OnCpuNs: 5_700_000_000, RunQueueNs: 201_000_000, WallTimestamp: Ticks(101));

        var shares = ThreadTimeCase.From(before, after)!;

        Assert.Equal(0.70, shares.CpuShare, 3);
        Assert.Equal(0.20, shares.RunQueueShare, 3);
    }

    [Fact]
    public void No_wall_time_or_a_clock_that_went_back_gives_no_shares()
    {
        var reading = new ThreadTimeReading(10, 10, Ticks(5));

        Assert.Null(ThreadTimeCase.From(reading, reading));
        Assert.Null(ThreadTimeCase.From(reading, reading with { OnCpuNs = 5, WallTimestamp = Ticks(6) }));
    }

    [Theory]
    [InlineData("210699412 660236775 463\n", 210699412L, 660236775L)]
    [InlineData("0 0 0", 0L, 0L)]
    public void Parses_the_first_two_fields_of_a_schedstat_line(string line, long onCpu, long waiting) =>
        Assert.Equal((onCpu, waiting), ThreadClock.Parse(line));

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("-1 5 3")]
    [InlineData("a b c")]
    public void A_malformed_schedstat_line_gives_no_reading(string line) => Assert.Null(ThreadClock.Parse(line));

    [Fact]
    public void The_calling_threads_clock_moves_forward_on_linux_and_is_absent_elsewhere()
    {
        var before = ThreadClock.Read();
        // The kernel adds a running thread's CPU time at scheduler ticks (up to 4 ms at HZ=250), so over a 20 ms spin the
        // share read 1.02 once in a CI run; over 100 ms a tick is at most 4 % of the window.
        var spin = Stopwatch.StartNew();
        while (spin.ElapsedMilliseconds < 100)
        {
        }

        var after = ThreadClock.Read();

        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(before);
            return;
        }

        var shares = ThreadTimeCase.From(before!, after!)!;
        Assert.InRange(shares.CpuShare, 0.05, 1.05);
        Assert.InRange(shares.RunQueueShare, 0, 1);
    }
}
