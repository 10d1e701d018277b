using FlyRigLoader.Benchmarks.ProcessMemory;

namespace FlyRigLoader.Benchmarks.Tests.ProcessMemory;

public sealed class ProcessMemoryCaseTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void A_reset_high_water_mark_is_the_cases_own_peak()
    {
        var before = new ProcessMemorySnapshot(100 * Mb, 100 * Mb, 10 * Mb, PeakResettable: true);
        var end = new ProcessMemorySnapshot(120 * Mb, 900 * Mb, 40 * Mb, PeakResettable: true);
        var afterGc = new ProcessMemorySnapshot(130 * Mb, 900 * Mb, 12 * Mb, PeakResettable: true);

        var measured = ProcessMemoryCase.From(before, end, afterGc, heapBeforeCollections: 700 * Mb);

        Assert.Equal(900 * Mb, measured.PeakWorkingSet);
        Assert.Equal(30 * Mb, measured.WorkingSetGrowth);
        Assert.Equal(700 * Mb, measured.PeakManagedHeap);
    }

    [Fact]
    public void Free_space_the_gc_keeps_committed_is_not_growth()
    {
        // The GC kept one 114 MB operation's freed memory after the case and none before it: nothing was retained.
        var before = new ProcessMemorySnapshot(300 * Mb, 300 * Mb, 10 * Mb, PeakResettable: true, GcFreeCommitted: 20 * Mb);
        var end = new ProcessMemorySnapshot(420 * Mb, 1100 * Mb, 130 * Mb, PeakResettable: true, GcFreeCommitted: 20 * Mb);
        var keptFree = new ProcessMemorySnapshot(414 * Mb, 1100 * Mb, 10 * Mb, PeakResettable: true, GcFreeCommitted: 134 * Mb);
        // A real leak of 150 MB with the same free space kept still counts in full.
        var leaked = keptFree with { WorkingSet = 564 * Mb, ManagedHeap = 160 * Mb };

        Assert.Equal(0, ProcessMemoryCase.From(before, end, keptFree, 0).WorkingSetGrowth);
        Assert.Equal(150 * Mb, ProcessMemoryCase.From(before, end, leaked, 0).WorkingSetGrowth);
    }

    [Fact]
    public void Without_a_reset_an_old_lifetime_peak_is_not_blamed_on_the_case()
    {
        // An earlier case took the process to 2 GB; this one stayed near 150 MB.
        var before = new ProcessMemorySnapshot(100 * Mb, 2048 * Mb, 10 * Mb, PeakResettable: false);
        var end = new ProcessMemorySnapshot(150 * Mb, 2048 * Mb, 60 * Mb, PeakResettable: false);
        var afterGc = new ProcessMemorySnapshot(90 * Mb, 2048 * Mb, 11 * Mb, PeakResettable: false);

        var measured = ProcessMemoryCase.From(before, end, afterGc, heapBeforeCollections: 0);

        Assert.Equal(150 * Mb, measured.PeakWorkingSet);
        Assert.Equal(-10 * Mb, measured.WorkingSetGrowth);
        Assert.Equal(60 * Mb, measured.PeakManagedHeap);
    }

    [Fact]
    public void Without_a_reset_a_new_lifetime_peak_set_by_the_case_is_its_peak()
    {
        var before = new ProcessMemorySnapshot(100 * Mb, 500 * Mb, 10 * Mb, PeakResettable: false);
        var end = new ProcessMemorySnapshot(150 * Mb, 1300 * Mb, 60 * Mb, PeakResettable: false);
        var afterGc = new ProcessMemorySnapshot(140 * Mb, 1300 * Mb, 11 * Mb, PeakResettable: false);

        Assert.Equal(1300 * Mb, ProcessMemoryCase.From(before, end, afterGc, 0).PeakWorkingSet);
    }
}
