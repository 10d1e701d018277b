using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>The /proc accounting around a launch: whose CPU time it was.</summary>
public sealed class CpuAccountingTests
{
    private const string SelfStat = "4242 (dotnet (gate) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 700 100 20 0 30 0 123 0 0";

    [Fact]
    public void Parse_reads_busy_and_steal_of_the_machine_and_own_time_with_children()
    {
        var snapshot = CpuAccounting.Parse("cpu  1000 10 300 90000 50 5 7 40 0 0", SelfStat, 12.5)!;

        Assert.Equal(1000 + 10 + 300 + 5 + 7, snapshot.MachineBusyTicks);
        Assert.Equal(40, snapshot.MachineStealTicks);
        Assert.Equal(250 + 50 + 700 + 100, snapshot.OwnTicks);
    }

    [Fact]
    public void Parse_refuses_lines_it_does_not_understand()
    {
        Assert.Null(CpuAccounting.Parse("cpu0 1 2 3", SelfStat, 0));
        Assert.Null(CpuAccounting.Parse("cpu  1000 10 300 90000 50 5 7 40", "no parenthesis here", 0));
    }

    [Fact]
    public void Between_two_snapshots_the_foreign_time_is_machine_busy_minus_own()
    {
        var before = new CpuSnapshot(MachineBusyTicks: 10_000, MachineStealTicks: 0, OwnTicks: 2_000, WallSeconds: 100);
        var after = new CpuSnapshot(MachineBusyTicks: 10_000 + 6_000, MachineStealTicks: 50, OwnTicks: 2_000 + 3_000, WallSeconds: 130);

        var load = CpuAccounting.Between(1, before, after, wallSeconds: 0, ownCpuSeconds: 0, logicalCores: 2);

        Assert.Equal(30, load.WallSeconds, 9);
        Assert.Equal(30, load.OwnCpuSeconds, 9);
        Assert.Equal(30, load.ForeignCpuSeconds!.Value, 9);
        Assert.Equal(1.0, load.ForeignCores!.Value, 9);
        Assert.Equal(0.5 / 60, load.StealShare!.Value, 9);
    }

    [Fact]
    public void Without_snapshots_the_load_is_unknown_rather_than_quiet()
    {
        var load = CpuAccounting.Between(0, null, null, wallSeconds: 30, ownCpuSeconds: 29, logicalCores: 2);

        Assert.Null(load.ForeignCores);
        Assert.Null(load.StealShare);
    }

    [Fact]
    public void Sample_on_this_machine_is_null_or_consistent()
    {
        var first = CpuAccounting.Sample();
        var second = CpuAccounting.Sample();
        if (first is null || second is null)
        {
            Assert.False(OperatingSystem.IsLinux(), "Linux exposes /proc/stat and /proc/self/stat");
            return;
        }

        Assert.True(second.MachineBusyTicks >= first.MachineBusyTicks);
        Assert.True(second.OwnTicks >= first.OwnTicks);
    }
}
