using FlyRigLoader.Gate.Interference;

namespace FlyRigLoader.Gate.Tests.Interference;

public sealed class QuietWaitTests
{
    private static Func<double?> Script(params double?[] readings)
    {
        var queue = new Queue<double?>(readings);
        return () => queue.Count > 1 ? queue.Dequeue() : queue.Peek();
    }

    [Fact]
    public void A_neighbour_that_stops_is_waited_out_window_by_window()
    {
        var waited = QuietWait.Run(Script(1.5, 1.49, 0.1), 60, 0.25);

        Assert.Equal(new QuietWaitResult(3, 3 * QuietWait.WindowSeconds, 1.5, 0.1, true), waited);
    }

    [Fact]
    public void A_quiet_or_unknown_machine_costs_one_window()
    {
        Assert.Equal(1, QuietWait.Run(Script(0.05), 60, 0.25).Windows);
        Assert.True(QuietWait.Run(Script(0.25), 60, 0.25).Quiet);
        var unknown = QuietWait.Run(Script([null]), 60, 0.25);
        Assert.Equal((1, true, (double?)null), (unknown.Windows, unknown.Quiet, unknown.LastForeignCores));
    }

    [Fact]
    public void A_neighbour_that_stays_is_waited_for_no_longer_than_the_limit()
    {
        var waited = QuietWait.Run(Script(1.5), 10, 0.25);

        Assert.Equal(5, waited.Windows);
        Assert.Equal(10, waited.WaitedSeconds);
        Assert.False(waited.Quiet);
        Assert.Equal(5, QuietWait.Run(Script(1.5), 11, 0.25).Windows);
        Assert.Equal(1, QuietWait.Run(Script(1.5), 0, 0.25).Windows);
    }
}
