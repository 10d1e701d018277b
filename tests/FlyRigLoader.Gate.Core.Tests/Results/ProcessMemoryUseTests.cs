using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Results;

public sealed class ProcessMemoryUseTests
{
    [Fact]
    public void Several_launches_keep_the_worst_of_each_figure()
    {
        var worst = ProcessMemoryUse.Worst([new ProcessMemoryUse(100, -5, 40), null, new ProcessMemoryUse(90, 12, 60)]);
        Assert.Equal(new ProcessMemoryUse(100, 12, 60), worst);
        Assert.Null(ProcessMemoryUse.Worst([null, null]));
    }

    [Fact]
    public void Pooling_launches_carries_the_worst_process_memory()
    {
        static BenchmarkResult Launch(double peak) => new("N.T.M", "T", "M", null, "memory", [1.0, 2.0], 10, true, null, ProcessMemory: new ProcessMemoryUse(peak, 1, 2));

        var pooled = LaunchPooling.Pool([[Launch(300)], [Launch(500)], [Launch(400)]]);

        Assert.Equal(500, Assert.Single(pooled).ProcessMemory!.PeakWorkingSetBytes);
    }
}
