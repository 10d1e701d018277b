using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Tests.Pipeline;

/// <summary>
/// A machine whose neighbour is busy during chosen launches, without burning any CPU: the pipeline samples the load right
/// before and right after each launch, so samples 2k and 2k + 1 bracket launch k (0-based, re-measure launches included).
/// During a busy launch other processes add <see cref="BusyTicks"/> ticks (1/100 s each); otherwise none.
/// </summary>
/// <param name="busy">Whether the neighbour is busy during launch k.</param>
internal sealed class NeighbourLoadSource(Func<int, bool> busy) : IMachineLoadSource
{
    /// <summary>Foreign CPU time during a busy launch: 1.8 s, about two cores for a 1 s launch.</summary>
    public const long BusyTicks = 180;

    private int _samples;
    private long _busyTicks = 1_000_000;

    public LoadSample Sample()
    {
        var n = _samples++;
        if (n % 2 == 1 && busy(n / 2))
        {
            _busyTicks += BusyTicks;
        }

        return new LoadSample(new CpuSnapshot(_busyTicks, 0, 0, n), busy(n / 2) ? 1.9 : 0.2);
    }
}
