using FlyRigLoader.Gate.RunEnvironment;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.RunEnvironment;

/// <summary>The machine's load read from a /proc tree: a fake one here, so the numbers are known.</summary>
public sealed class ProcLoadSourceTests
{
    private const string SelfStat = "4242 (dotnet) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 700 100 20 0 30 0 123 0 0";

    private static TempDirectory FakeProc(string cpuLine, string? loadavg)
    {
        var dir = new TempDirectory();
        dir.Write("stat", cpuLine + "\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 12345\n");
        dir.Write(Path.Combine("self", "stat"), SelfStat);
        if (loadavg is not null)
        {
            dir.Write("loadavg", loadavg);
        }

        return dir;
    }

    [Fact]
    public void A_sample_reads_the_machine_the_process_and_the_one_minute_load()
    {
        using var proc = FakeProc("cpu  1000 10 300 90000 50 5 7 40 0 0", "1.25 0.80 0.50 2/345 6789\n");

        var sample = new ProcLoadSource(proc.Path).Sample();

        Assert.Equal(1000 + 10 + 300 + 5 + 7, sample.Cpu!.MachineBusyTicks);
        Assert.Equal(40, sample.Cpu.MachineStealTicks);
        Assert.Equal(250 + 50 + 700 + 100, sample.Cpu.OwnTicks);
        Assert.Equal(1.25, sample.LoadAverage);
    }

    [Fact]
    public void Two_samples_around_a_launch_give_the_foreign_cpu_time_and_steal_of_that_launch()
    {
        using var proc = FakeProc("cpu  1000 10 300 90000 50 5 7 40 0 0", "0.10 0.10 0.10 1/1 1");
        var source = new ProcLoadSource(proc.Path);
        var before = source.Sample();
        // Meanwhile the machine did 1500 busy ticks, 300 of them ours (the own ticks grow by 300), and 20 ticks were stolen.
        proc.Write("stat", "cpu  2500 10 300 90000 50 5 7 60 0 0\n");
        proc.Write(Path.Combine("self", "stat"), SelfStat.Replace(" 250 50 700 100 ", " 400 100 800 100 ", StringComparison.Ordinal));
        proc.Write("loadavg", "1.90 0.50 0.20 1/1 1");
        var after = source.Sample();

        var load = CpuAccounting.Between(0, before.Cpu, after.Cpu, 10, 3, 2);

        Assert.Equal(3, load.OwnCpuSeconds, 9);
        Assert.Equal(12, load.ForeignCpuSeconds!.Value, 9);
        Assert.Equal(0.2, load.StealSeconds!.Value, 9);
        Assert.Equal((0.10, 1.90), (before.LoadAverage, after.LoadAverage));
    }

    [Fact]
    public void Where_there_is_no_proc_tree_every_value_is_unknown()
    {
        using var empty = new TempDirectory();

        var sample = new ProcLoadSource(empty.Path).Sample();

        Assert.Null(sample.Cpu);
        Assert.Null(sample.LoadAverage);
        Assert.Null(sample.MemoryAvailableGb);
    }

    [Fact]
    public void A_sample_reads_the_memory_available_to_new_work()
    {
        using var proc = FakeProc("cpu  1000 10 300 90000 50 5 7 40 0 0", "0.10 0.10 0.10 1/1 1");
        proc.Write("meminfo", "MemTotal:       24609488 kB\nMemFree:        20000000 kB\nMemAvailable:   22020096 kB\n");

        Assert.Equal(21.0, new ProcLoadSource(proc.Path).Sample().MemoryAvailableGb);
    }

    [Fact]
    public void A_malformed_loadavg_is_unknown_rather_than_zero()
    {
        using var proc = FakeProc("cpu  1000 10 300 90000 50 5 7 40 0 0", "busy");

        Assert.Null(new ProcLoadSource(proc.Path).Sample().LoadAverage);
    }
}
