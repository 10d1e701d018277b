using System.Text;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// A bytes/bytearray/str payload, either already in memory or still in the (seekable) source at a known offset so it
/// can be copied once, directly into the typed array that finally owns it.
/// </summary>
internal sealed class PickleBlob
{
    private readonly byte[]? data;
    private readonly List<byte[]>? chunks;
    private readonly Stream? stream;
    private readonly long offset;

    private PickleBlob(byte[]? data, Stream? stream, long offset, long length, BlobKind kind, List<byte[]>? chunks = null)
    {
        this.data = data;
        this.chunks = chunks;
        this.stream = stream;
        this.offset = offset;
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

        if (data is not null)
        {
            data.CopyTo(destination);
            return;
        }

        if (chunks is not null)
        {
            foreach (var chunk in chunks)
            {
                chunk.CopyTo(destination);
                destination = destination[chunk.Length..];
            }

            return;
        }

        var resume = stream!.Position;
        stream.Seek(offset, SeekOrigin.Begin);
        stream.ReadExactly(destination);
        stream.Seek(resume, SeekOrigin.Begin);
    }

    public byte[] ToArray()
    {
        if (data is not null)
        {
            return data;
        }

        var copy = new byte[Length];
        CopyTo(copy);
        return copy;
    }

    public string ToText() => Encoding.UTF8.GetString(ToArray());
}
