namespace FlyRigLoader.Interleaving.Execution;

/// <summary>Keeps a benchmark's result observable so the JIT cannot drop the call; generic so value results are not boxed (no allocation).</summary>
public static class Sink
{
    /// <summary>Consumes one result.</summary>
    public static void Consume<T>(T value) => Slot<T>.Last = value;

    private static class Slot<T>
    {
        // Written on every call; never read, which is the point.
#pragma warning disable S1144, IDE0052
        internal static T? Last;
#pragma warning restore S1144, IDE0052
    }
}
