using System.Buffers;
using System.Runtime.CompilerServices;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading.Mapping;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// Buffered byte source for the unpickler. Every length read from the stream is checked against what the input can still
/// deliver before anything of that size is allocated: on a seekable stream against the remaining length; on a
/// decompressed one against what its compressed bytes can expand to (<see cref="PickleInput(Stream, string, long?)"/>);
/// on any other stream by growing the destination only as data actually arrives.
/// </summary>
internal sealed class PickleInput : IDisposable
{
    // Payloads at least this large on a seekable stream are not read while parsing; the consumer reads them straight
    // into their final typed array (see PickleBlob), which keeps the file→array path to a single copy.
    internal const int LazyThreshold = 1 << 16;
    private const int BufferSize = 1 << 16;
    private const int MaxEagerChunk = 1 << 24;

    // Binary payloads from this size on are read into a typed staging array (see StagingElement); smaller ones are
    // mostly short byte strings, where a typed guess would only cost a copy later.
    private const int StagingThreshold = 1 << 10;

    private readonly Stream _stream;
    private readonly long? _length;
    private readonly long? _expansionBound;
    private readonly byte[] _buffer;
    private readonly long _startOffset;
    private long _bufferStart;
    private int _bufferPos;
    private int _bufferLen;

    /// <param name="stream">The pickle bytes.</param>
    /// <param name="sourceName">Names the input in errors.</param>
    /// <param name="expansionBound">
    /// For a non-seekable stream, the most bytes it can possibly yield (e.g. what its compressed source can inflate to);
    /// null when nothing bounds it.
    /// </param>
    public PickleInput(Stream stream, string sourceName, long? expansionBound = null)
    {
        _stream = stream;
        _expansionBound = stream.CanSeek ? null : expansionBound;
        SourceName = sourceName;
        _length = stream.CanSeek ? stream.Length - stream.Position : null;
        _bufferStart = stream.CanSeek ? stream.Position : 0;
        _startOffset = _bufferStart;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    public string SourceName { get; }

    /// <summary>Absolute position of the next byte to parse.</summary>
    public long Position => _bufferStart + _bufferPos;

    /// <summary>Bytes left in the input when known (seekable streams), else null.</summary>
    public long? Remaining => _length is { } len ? len - (Position - _startOffset) : null;

    /// <summary>
    /// The element type a large payload of a streamed input is staged as: the type of the last numpy array decoded
    /// (float64 before the first, as in rig recordings). A payload whose array turns out to have this type is adopted
    /// as the array's storage, so inflated bytes are written once, straight into the array's final memory.
    /// </summary>
    public DType StagingElement { get; set; } = DType.Float64;

    /// <summary>When set, numpy arrays whose bytes lie in the file stay there (see <see cref="PickleLoader.Map"/>).</summary>
    public MappedFile? Mapping { get; init; }

    /// <summary>Why arrays of a mapped load were copied after all (each reason once, in order of first occurrence).</summary>
    public List<string> CopyReasons { get; } = [];

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    public byte ReadByte()
    {
        if (_bufferPos == _bufferLen && !Fill())
        {
            throw Truncated("an opcode or its argument");
        }

        return _buffer[_bufferPos++];
    }

    public void ReadExactly(Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            if (_bufferPos == _bufferLen)
            {
                if (destination.Length >= BufferSize)
                {
                    ReadDirect(destination);
                    return;
                }

                if (!Fill())
                {
                    throw Truncated($"{destination.Length} more bytes");
                }
            }

            var n = Math.Min(destination.Length, _bufferLen - _bufferPos);
            _buffer.AsSpan(_bufferPos, n).CopyTo(destination);
            _bufferPos += n;
            destination = destination[n..];
        }
    }

    /// <summary>Reads a newline-terminated ASCII argument (protocol 0/1 opcodes); lines are capped to stop a missing newline from eating memory.</summary>
    public string ReadLine(int maxLength = 1 << 16)
    {
        var builder = new System.Text.StringBuilder();
        while (true)
        {
            var b = ReadByte();
            if (b == (byte)'\n')
            {
                return builder.ToString();
            }

            if (builder.Length >= maxLength)
            {
                throw Error(LoadErrorCodes.Corrupt, $"text argument longer than {maxLength} bytes at offset {Position}");
            }

            builder.Append((char)b);
        }
    }

    /// <summary>Reads a length-prefixed payload as a blob: small ones eagerly, large ones on seekable input lazily.</summary>
    public PickleBlob ReadBlob(long count, BlobKind kind)
    {
        if (count < 0)
        {
            throw Error(LoadErrorCodes.Corrupt, $"negative length {count} at offset {Position}");
        }

        if (Remaining is { } remaining && count > remaining)
        {
            throw Truncated($"a {count}-byte payload (only {remaining} bytes remain)");
        }

        if (_expansionBound is { } bound && count > bound - Position)
        {
            throw Truncated($"a {count}-byte payload (the compressed input can yield at most {bound - Position} more bytes)");
        }

        if (count >= LazyThreshold && _length is not null)
        {
            var blob = PickleBlob.FromStream(_stream, Position, count, kind);
            Skip(count);
            return blob;
        }

        return ReadChunked(count, kind);
    }

    private PickleBlob ReadChunked(long count, BlobKind kind)
    {
        if (count > Array.MaxLength)
        {
            throw Error(LoadErrorCodes.Unsupported, $"payload of {count} bytes exceeds the largest .NET array");
        }

        // A claim the input can physically deliver (its remaining length, or what its compressed bytes can inflate to),
        // or a small one, is read straight into a staging array typed as the numpy array it most likely feeds.
        var verified = _length is not null || _expansionBound is not null || count <= MaxEagerChunk;
        if (verified && count >= StagingThreshold && kind != BlobKind.Utf8Text)
        {
            var staging = Staging(count);
            ReadExactly(ArrayMemoryManager.BytesOf(staging));
            return PickleBlob.FromStaging(staging, kind);
        }

        // Without a bound the claim is unverified: read in bounded chunks so a forged size fails on truncation after
        // reading what exists, never on an up-front allocation of the claimed size. Chunks are kept as they are (no
        // doubling-and-copying) and copied once into the final typed array.
        if (count <= MaxEagerChunk)
        {
            var data = new byte[count];
            ReadExactly(data);
            return PickleBlob.FromArray(data, kind);
        }

        var chunks = new List<byte[]>();
        for (var left = count; left > 0; left -= MaxEagerChunk)
        {
            var chunk = new byte[Math.Min(left, MaxEagerChunk)];
            ReadExactly(chunk);
            chunks.Add(chunk);
        }

        return PickleBlob.FromChunks(chunks, count, kind);
    }

    private Array Staging(long count) => StagingElement switch
    {
        DType.Float64 => Staging<double>(count),
        DType.Float32 => Staging<float>(count),
        DType.Int8 => Staging<sbyte>(count),
        DType.Int16 => Staging<short>(count),
        DType.Int32 => Staging<int>(count),
        DType.Int64 => Staging<long>(count),
        DType.UInt16 => Staging<ushort>(count),
        DType.UInt32 => Staging<uint>(count),
        DType.UInt64 => Staging<ulong>(count),
        DType.Bool => Staging<bool>(count),
        _ => Staging<byte>(count),
    };

    // Uninitialized: every byte is about to be overwritten by the payload, so zeroing (and touching) the pages first is waste.
    private static Array Staging<T>(long count)
        where T : unmanaged =>
        count % Unsafe.SizeOf<T>() == 0
            ? GC.AllocateUninitializedArray<T>((int)(count / Unsafe.SizeOf<T>()))
            : GC.AllocateUninitializedArray<byte>((int)count);

    private void Skip(long count)
    {
        var inBuffer = _bufferLen - _bufferPos;
        if (count <= inBuffer)
        {
            _bufferPos += (int)count;
            return;
        }

        var target = Position + count;
        _stream.Seek(target, SeekOrigin.Begin);
        _bufferStart = target;
        _bufferPos = 0;
        _bufferLen = 0;
    }

    private void ReadDirect(Span<byte> destination)
    {
        _bufferStart += _bufferLen;
        _bufferPos = 0;
        _bufferLen = 0;
        while (destination.Length > 0)
        {
            var n = _stream.Read(destination);
            if (n == 0)
            {
                throw Truncated($"{destination.Length} more bytes");
            }

            _bufferStart += n;
            destination = destination[n..];
        }
    }

    private bool Fill()
    {
        _bufferStart += _bufferLen;
        _bufferPos = 0;
        _bufferLen = _stream.Read(_buffer, 0, BufferSize);
        return _bufferLen > 0;
    }

    public LoadException Truncated(string what) =>
        Error(LoadErrorCodes.Truncated, $"input ends early while reading {what} at offset {Position}");

    public LoadException Error(string code, string message, string? hint = null) => new(code, message, SourceName, hint);
}
