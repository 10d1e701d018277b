using System.Buffers;

namespace FlyRigLoader.Loading.Mapping;

/// <summary>
/// The bytes of one numpy array inside a <see cref="MappedFile"/>, presented as <see cref="Memory{T}"/> so an Arrow
/// buffer can sit on the file's pages without copying. Each access re-checks that the mapping is still open.
/// </summary>
internal sealed unsafe class MappedSegment : MemoryManager<byte>
{
    private readonly MappedFile file;
    private readonly long offset;
    private readonly int length;

    public MappedSegment(MappedFile file, long offset, int length)
    {
        this.file = file;
        this.offset = offset;
        this.length = length;
    }

    public MappedFile File => file;

    public int ByteLength => length;

    public override Span<byte> GetSpan() => file.Bytes(offset, length);

    // The mapping never moves, so pinning is only a check that it is still there.
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, length);
        return new MemoryHandle(file.Address(offset + elementIndex), default, this);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
