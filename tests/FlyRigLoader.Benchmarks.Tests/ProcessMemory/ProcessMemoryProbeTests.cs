using FlyRigLoader.Benchmarks.ProcessMemory;

namespace FlyRigLoader.Benchmarks.Tests.ProcessMemory;

[Collection(ProcessWideMemory.Name)]
public sealed class ProcessMemoryProbeTests
{
    [Fact]
    public void The_high_water_mark_line_of_proc_status_is_read_in_bytes()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 3000000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n";
        Assert.Equal(123456L * 1024, ProcessMemoryProbe.ParseHighWaterMark(status));
        Assert.Null(ProcessMemoryProbe.ParseHighWaterMark("Name:\tdotnet\nVmRSS:\t 1 kB\n"));
    }

    [Fact]
    public void A_reading_of_this_process_sees_an_allocation_it_holds()
    {
        ProcessMemoryProbe.FullCollect();
        var reset = ProcessMemoryProbe.TryResetPeak();
        var before = ProcessMemoryProbe.Read(reset);
        var held = new byte[64 * 1024 * 1024];
        Array.Fill(held, (byte)1);
        var after = ProcessMemoryProbe.Read(reset);
        GC.KeepAlive(held);

        Assert.Equal(OperatingSystem.IsLinux(), reset);
        Assert.True(after.ManagedHeap - before.ManagedHeap >= 60 * 1024 * 1024, $"heap {before.ManagedHeap} -> {after.ManagedHeap}");
        Assert.True(after.PeakWorkingSet >= after.WorkingSet);
        Assert.True(after.WorkingSet - before.WorkingSet >= 32 * 1024 * 1024, $"working set {before.WorkingSet} -> {after.WorkingSet}");
    }
}
