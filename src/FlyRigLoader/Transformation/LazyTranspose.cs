using System.Buffers;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Transformation;

/// <summary>
/// The time-major copy of a memory-mapped channel-major array, made the first time anyone reads it. Building a table
/// over a mapped recording then touches none of its pages; the transpose is paid only for a column that is used.
/// </summary>
internal sealed class LazyTranspose : MemoryManager<byte>
{
    private readonly Lazy<Memory<byte>> _transposed;

    private LazyTranspose(NdArray source, int channels, int time) =>
        _transposed = new(() => TimeMatrix.TransposedBytes(source, channels, time), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Memory that transposes <paramref name="source"/> ((channels, T), channel-major) on first access.</summary>
    public static Memory<byte> Of(NdArray source, int channels, int time) =>
        // CreateMemory, not Memory: the Memory property asks GetSpan for the length, which would transpose right away.
        new LazyTranspose(source, channels, time).CreateMemory(source.Length * NdArray.ItemSize(source.DType));

    public override Span<byte> GetSpan() => _transposed.Value.Span;

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        return _transposed.Value[elementIndex..].Pin();
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
