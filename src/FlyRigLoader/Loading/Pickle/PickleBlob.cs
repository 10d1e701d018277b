using System.Runtime.InteropServices;
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
    private readonly Array? memory;
    private readonly List<byte[]>? chunks;
    private readonly Stream? stream;
    private readonly long offset;

    // Once a numpy array has adopted the memory, or ToArray has returned it, no other result may take it: results never
    // share storage. ToArray's answer is kept, so a payload referenced many times (memo) is still copied at most once.
    private bool adopted;
    private byte[]? bytes;

    private PickleBlob(Array? memory, Stream? stream, long offset, long length, BlobKind kind, List<byte[]>? chunks = null)
    {
        this.memory = memory;
        this.chunks = chunks;
        this.stream = stream;
        this.offset = offset;
        Length = length;
        Kind = kind;
    }

    public long Length { get; }

    public BlobKind Kind { get; }

    /// <summary>Where the payload starts in its seekable source, when it was left there (large payloads of raw files).</summary>
    public long? SourceOffset => stream is not null ? offset : null;

    public static PickleBlob FromArray(byte[] data, BlobKind kind) => new(data, null, 0, data.Length, kind);

    /// <summary>A payload held in the bytes of <paramref name="staging"/>, a primitive array of exactly <paramref name="length"/> bytes.</summary>
    public static PickleBlob FromStaging(Array staging, long length, BlobKind kind) => new(staging, null, 0, length, kind);

    public static PickleBlob FromChunks(List<byte[]> chunks, long length, BlobKind kind) => new(null, null, 0, length, kind, chunks);

    public static PickleBlob FromStream(Stream stream, long offset, long length, BlobKind kind) => new(null, stream, offset, length, kind);

    /// <summary>The bytes of a primitive array (the payload's memory when it is held in one).</summary>
    public static Span<byte> BytesOf(Array array, long length) =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), checked((int)length));

    /// <summary>
    /// Hands the payload's own memory to the caller when it already is a <typeparamref name="T"/>[] of
    /// <paramref name="count"/> elements and nobody else holds it: the zero-copy end of a streamed (gzip) load.
    /// </summary>
    public bool TryAdopt<T>(int count, out T[] array)
    {
        // An exact type test: the runtime also lets a byte[] pass as an sbyte[] (int[] as uint[], …), which NdArray refuses.
        if (!adopted && bytes is null && memory?.GetType() == typeof(T[]) && memory is T[] typed && typed.Length == count)
        {
            adopted = true;
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

        if (memory is not null)
        {
            BytesOf(memory, Length).CopyTo(destination);
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
        if (bytes is null)
        {
            if (memory?.GetType() == typeof(byte[]) && memory is byte[] data && !adopted)
            {
                bytes = data;
            }
            else
            {
                bytes = new byte[Length];
                CopyTo(bytes);
            }
        }

        return bytes;
    }

    public string ToText() => Encoding.UTF8.GetString(BytesOrCopy());

    // Text decoding only reads, so it may look at the memory without taking it.
    private ReadOnlySpan<byte> BytesOrCopy() => memory is not null ? BytesOf(memory, Length) : ToArray();
}
