using System.Text;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// A bytes/bytearray/str payload: in memory, or still in the (seekable) source at a known offset so it can be copied
/// once, directly into the typed array that finally owns it. In-memory payloads may sit in an array of any primitive
/// type (see <see cref="PickleInput"/>'s staging): when it is the type the numpy array needs, the array adopts it
/// instead of copying.
/// </summary>
internal sealed class PickleBlob
{
    private readonly Array? _memory;
    private readonly List<byte[]>? _chunks;
    private readonly Stream? _stream;
    private readonly long _offset;

    // Once a numpy array has adopted the memory, or ToArray has returned it, no other result may take it: results never
    // share storage. ToArray's answer is kept, so a payload referenced many times (memo) is still copied at most once.
    private bool _adopted;
    private byte[]? _bytes;

    private PickleBlob(Array? memory, Stream? stream, long offset, long length, BlobKind kind, List<byte[]>? chunks = null)
    {
        _memory = memory;
        _chunks = chunks;
        _stream = stream;
        _offset = offset;
        Length = length;
        Kind = kind;
    }

    public long Length { get; }

    public BlobKind Kind { get; }

    /// <summary>Where the payload starts in its seekable source, when it was left there (large payloads of raw files).</summary>
    public long? SourceOffset => _stream is not null ? _offset : null;

    public static PickleBlob FromArray(byte[] data, BlobKind kind) => new(data, null, 0, data.Length, kind);

    /// <summary>A payload held in all the bytes of <paramref name="staging"/>, a one-dimensional primitive array.</summary>
    public static PickleBlob FromStaging(Array staging, BlobKind kind) => new(staging, null, 0, Buffer.ByteLength(staging), kind);

    public static PickleBlob FromChunks(List<byte[]> chunks, long length, BlobKind kind) => new(null, null, 0, length, kind, chunks);

    public static PickleBlob FromStream(Stream stream, long offset, long length, BlobKind kind) => new(null, stream, offset, length, kind);

    /// <summary>
    /// Hands the payload's own memory to the caller when it already is a <typeparamref name="T"/>[] of
    /// <paramref name="count"/> elements and nobody else holds it: the zero-copy end of a streamed (gzip) load.
    /// </summary>
    public bool TryAdopt<T>(int count, out T[] array)
    {
        // An exact type test: the runtime also lets a byte[] pass as an sbyte[] (int[] as uint[], …), which NdArray refuses.
        if (!_adopted && _bytes is null && _memory?.GetType() == typeof(T[]) && _memory is T[] typed && typed.Length == count)
        {
            _adopted = true;
            array = typed;
            return true;
        }

        array = [];
        return false;
    }

    /// <summary>Copies the whole payload into <paramref name="destination"/>, which must be exactly <see cref="Length"/> bytes.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length != Length)
        {
            throw new ArgumentException("destination size differs from payload size", nameof(destination));
        }

        if (_memory is not null)
        {
            ArrayMemoryManager.BytesOf(_memory).CopyTo(destination);
            return;
        }

        if (_chunks is not null)
        {
            foreach (var chunk in _chunks)
            {
                chunk.CopyTo(destination);
                destination = destination[chunk.Length..];
            }

            return;
        }

        var resume = _stream!.Position;
        _stream.Seek(_offset, SeekOrigin.Begin);
        _stream.ReadExactly(destination);
        _stream.Seek(resume, SeekOrigin.Begin);
    }

    public byte[] ToArray()
    {
        if (_bytes is null)
        {
            if (_memory?.GetType() == typeof(byte[]) && _memory is byte[] data && !_adopted)
            {
                _bytes = data;
            }
            else
            {
                _bytes = new byte[Length];
                CopyTo(_bytes);
            }
        }

        return _bytes;
    }

    public string ToText() => Encoding.UTF8.GetString(BytesOrCopy());

    // Text decoding only reads, so it may look at the memory without taking it.
    private ReadOnlySpan<byte> BytesOrCopy() => _memory is not null ? ArrayMemoryManager.BytesOf(_memory) : ToArray();
}
