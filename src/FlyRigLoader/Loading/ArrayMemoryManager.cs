using System.Buffers;
using System.Runtime.InteropServices;

namespace FlyRigLoader.Loading;

/// <summary>
/// Presents a typed array (<c>double[]</c>, <c>int[]</c>, …) as <see cref="Memory{T}"/> of bytes without copying,
/// so an Arrow buffer can sit directly on the array a pickle was decoded into.
/// </summary>
internal sealed unsafe class ArrayMemoryManager<T> : MemoryManager<byte>
    where T : unmanaged
{
    private readonly T[] _array;

    public ArrayMemoryManager(T[] array) => _array = array;

    public override Span<byte> GetSpan() => MemoryMarshal.AsBytes(_array.AsSpan());

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        var handle = GCHandle.Alloc(_array, GCHandleType.Pinned);
        var pointer = (byte*)handle.AddrOfPinnedObject() + elementIndex;

        // MemoryHandle.Dispose frees the GCHandle; Unpin has nothing left to do.
        return new MemoryHandle(pointer, handle, this);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
