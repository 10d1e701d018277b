using System.Buffers;

namespace FlyRigLoader.Loading.Mapping;

/// <summary>
/// The bytes of one numpy array inside a <see cref="MappedFile"/>, presented as <see cref="Memory{T}"/> so an Arrow
/// buffer can sit on the file's pages without copying. Each access re-checks that the mapping is still open.
/// </summary>
internal sealed unsafe class MappedSegment : MemoryManager<byte>
{
    private readonly MappedFile _file;
    private readonly long _offset;
    private readonly int _length;

    public MappedSegment(MappedFile file, long offset, int length)
    {
        _file = file;
        _offset = offset;
        _length = length;
    }

    public MappedFile File => _file;

    public int ByteLength => _length;

    public override Span<byte> GetSpan() => _file.Bytes(_offset, _length);

    // The mapping never moves, so pinning is only a check that it is still there.
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);
        return new MemoryHandle(_file.Address(_offset + elementIndex), default, this);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
