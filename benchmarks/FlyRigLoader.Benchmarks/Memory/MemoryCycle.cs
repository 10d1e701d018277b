using System.Runtime.CompilerServices;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Benchmarks.Memory;

/// <summary>One load → transform → release cycle, shared by the memory benchmarks and the leak check.</summary>
internal static class MemoryCycle
{
    /// <summary>Loads <paramref name="path"/>, builds the RecordBatch, disposes it; returns the row count so nothing is optimized away.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run(string path, ColumnConfig config)
    {
        var loaded = PickleLoader.Load(path);
        using var batch = DataFrameBuilder.Build(loaded.AsExperimentMatrix(), config);
        return batch.Length;
    }
}
