using System.Buffers;
using System.Runtime.InteropServices;

namespace FlyRigLoader.Loading;

/// <summary>
/// Presents a one-dimensional primitive array (<c>double[]</c>, <c>int[]</c>, …) as <see cref="Memory{T}"/> of bytes
/// without copying, so an Arrow buffer can sit directly on the array a pickle was decoded into. Only bytes are
/// exposed, so the element type never matters and no per-type dispatch is needed.
/// </summary>
internal sealed unsafe class ArrayMemoryManager : MemoryManager<byte>
{
    private readonly Array _array;

    public ArrayMemoryManager(Array array) => _array = array;

    /// <summary>The bytes of a one-dimensional primitive array.</summary>
    public static Span<byte> BytesOf(Array array) =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), Buffer.ByteLength(array));

    public override Span<byte> GetSpan() => BytesOf(_array);

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
