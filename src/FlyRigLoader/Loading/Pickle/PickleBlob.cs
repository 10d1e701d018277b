using System.Text;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// A bytes/bytearray/str payload, either already in memory or still in the (seekable) source at a known offset so it
/// can be copied once, directly into the typed array that finally owns it.
/// </summary>
internal sealed class PickleBlob
{
    private readonly byte[]? _data;
    private readonly List<byte[]>? _chunks;
    private readonly Stream? _stream;
    private readonly long _offset;

    private PickleBlob(byte[]? data, Stream? stream, long offset, long length, BlobKind kind, List<byte[]>? chunks = null)
    {
        _data = data;
        _chunks = chunks;
        _stream = stream;
        _offset = offset;
        Length = length;
        Kind = kind;
    }

    public long Length { get; }

    public BlobKind Kind { get; }

    public static PickleBlob FromArray(byte[] data, BlobKind kind) => new(data, null, 0, data.Length, kind);

    public static PickleBlob FromChunks(List<byte[]> chunks, long length, BlobKind kind) => new(null, null, 0, length, kind, chunks);

    public static PickleBlob FromStream(Stream stream, long offset, long length, BlobKind kind) => new(null, stream, offset, length, kind);

    /// <summary>Copies the whole payload into <paramref name="destination"/>, which must be exactly <see cref="Length"/> bytes.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length != Length)
        {
            throw new ArgumentException("destination size differs from payload size", nameof(destination));
        }

        if (_data is not null)
        {
            _data.CopyTo(destination);
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
        if (_data is not null)
        {
            return _data;
        }

        var copy = new byte[Length];
        CopyTo(copy);
        return copy;
    }

    public string ToText() => Encoding.UTF8.GetString(ToArray());
}
