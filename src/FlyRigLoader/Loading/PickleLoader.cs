using System.IO.Compression;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading.Mapping;
using FlyRigLoader.Loading.Pickle;

namespace FlyRigLoader.Loading;

/// <summary>
/// Loads pickles written by Python (protocols 0–5; dicts of numpy arrays, scalars, strings, pandas DataFrames), raw or
/// gzip-compressed. Nothing in a pickle is ever executed: only allow-listed numpy/pandas/builtin globals are decoded,
/// anything else fails with <see cref="LoadErrorCodes.ForbiddenGlobal"/>.
/// </summary>
public static class PickleLoader
{
    // 64 KB reads inflate as fast as 1 MB ones here (measured) and stay out of the large-object heap.
    private const int GzipSourceBufferSize = 1 << 16;

    // Deflate cannot expand its input more than 1032:1 (zlib's documented limit), so a payload length claimed inside a
    // gzip file larger than 1032 × its compressed size is a lie the loader refuses before allocating anything.
    private const long MaxDeflateExpansion = 1032;

    /// <summary>Loads the pickle at <paramref name="path"/>; the format is sniffed from content, not the extension.</summary>
    /// <exception cref="LoadException">Missing/unreadable file, damaged or forbidden content; the message names the file.</exception>
    public static LoadedPickle Load(string path)
    {
        using var file = Open(path);
        return Load(file, path);
    }

    /// <summary>
    /// Opens the pickle at <paramref name="path"/> without copying its numpy arrays: they stay in the memory-mapped
    /// file (uncompressed protocol 3–5 pickles, as numpy writes them) and are read from disk only when used, also
    /// through an Arrow table that <c>DataFrameBuilder.Build</c> makes over them. Dispose the result to unmap the file.
    /// A file that cannot be mapped (gzip) is loaded by copy, and <see cref="MappedPickle.CopyReasons"/> says why.
    /// </summary>
    /// <exception cref="LoadException">As <see cref="Load(string)"/>.</exception>
    public static MappedPickle Map(string path)
    {
        using var file = Open(path);
        Span<byte> header = stackalloc byte[2];
        var read = file.ReadAtLeast(header, 2, throwOnEndOfStream: false);
        file.Seek(0, SeekOrigin.Begin);
        var format = Sniff(header[..read]);
        if (format == PickleFormat.GzipPickle)
        {
            return new MappedPickle(Load(file, path), null, ["gzip-compressed: inflated into managed memory"]);
        }

        if (file.Length == 0)
        {
            throw new LoadException(LoadErrorCodes.Truncated, "file is empty", path);
        }

        MappedFile mapping;
        try
        {
            mapping = MappedFile.Open(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LoadException(LoadErrorCodes.Io, $"cannot map file: {ex.Message}", path, null, ex);
        }

        try
        {
            var input = new PickleInput(file, path) { Mapping = mapping };
            var root = Unpickle(input, format);
            return new MappedPickle(new LoadedPickle(root, path, PickleFormat.Pickle), mapping, [.. input.CopyReasons]);
        }
        catch (IOException ex)
        {
            mapping.Dispose();
            throw new LoadException(LoadErrorCodes.Io, $"read failed: {ex.Message}", path, null, ex);
        }
        catch
        {
            mapping.Dispose();
            throw;
        }
    }

    /// <summary>Loads a pickle from <paramref name="stream"/> (raw or gzip); <paramref name="sourceName"/> is used in errors.</summary>
    /// <exception cref="LoadException">Damaged or forbidden content; the message names <paramref name="sourceName"/>.</exception>
    public static LoadedPickle Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            Span<byte> header = stackalloc byte[2];
            var start = stream.CanSeek ? stream.Position : 0;
            var read = stream.ReadAtLeast(header, 2, throwOnEndOfStream: false);
            var format = Sniff(header[..read]);

            Stream source;
            if (stream.CanSeek)
            {
                stream.Seek(start, SeekOrigin.Begin);
                source = stream;
            }
            else
            {
                source = new PrefixedStream(header[..read].ToArray(), stream);
            }

            if (read == 0)
            {
                throw new LoadException(LoadErrorCodes.Truncated, "file is empty", sourceName);
            }

            return format == PickleFormat.GzipPickle
                ? LoadGzip(source, sourceName)
                : new LoadedPickle(Unpickle(source, sourceName, format), sourceName, format == PickleFormat.Unknown ? PickleFormat.Pickle : format);
        }
        catch (InvalidDataException ex)
        {
            throw new LoadException(LoadErrorCodes.BadGzip, $"damaged gzip data: {ex.Message}", sourceName, null, ex);
        }
        catch (IOException ex)
        {
            throw new LoadException(LoadErrorCodes.Io, $"read failed: {ex.Message}", sourceName, null, ex);
        }
    }

    internal static void ValidatePath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new LoadException(LoadErrorCodes.FileNotFound, "no file path given (null or empty)", path);
        }
    }

    private static LoadedPickle LoadGzip(Stream source, string sourceName)
    {
        long? bound = source.CanSeek ? ExpansionBound(source.Length - source.Position) : null;
        var buffered = source is FileStream ? new BufferedStream(source, GzipSourceBufferSize) : source;
        using var gzip = new GZipStream(buffered, CompressionMode.Decompress, leaveOpen: true);
        return new LoadedPickle(Unpickle(gzip, sourceName, PickleFormat.GzipPickle, bound), sourceName, PickleFormat.GzipPickle);
    }

    internal static long ExpansionBound(long compressedLength) =>
        compressedLength > long.MaxValue / MaxDeflateExpansion ? long.MaxValue : compressedLength * MaxDeflateExpansion;

    // A PROTO opcode with a bad or missing version is parsed as a pickle anyway, so the error says exactly why.
    private static PickleFormat Sniff(ReadOnlySpan<byte> header) =>
        PickleFormatDetector.DetectFormat(header) is var format && format == PickleFormat.Unknown && header.Length > 0 && header[0] == 0x80
            ? PickleFormat.Pickle
            : format;

    private static FileStream Open(string path)
    {
        ValidatePath(path);
        try
        {
            // bufferSize 0: PickleInput buffers itself and seeks past large payloads, which a FileStream buffer would only defeat.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new LoadException(LoadErrorCodes.FileNotFound, "file does not exist", path, null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LoadException(LoadErrorCodes.Io, $"cannot open file: {ex.Message}", path, null, ex);
        }
    }

    private static object? Unpickle(Stream source, string sourceName, PickleFormat format, long? expansionBound = null) =>
        Unpickle(new PickleInput(source, sourceName, expansionBound), format);

    private static object? Unpickle(PickleInput input, PickleFormat format)
    {
        using var owned = input;
        var sourceName = input.SourceName;
        try
        {
            var root = new Unpickler(input).Load();
            return new ResultConverter(input).Convert(root);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or NotSupportedException or InvalidOperationException)
        {
            // Defence in depth: whatever a hostile stream provokes in decoding surfaces as a typed load error.
            throw new LoadException(format == PickleFormat.Unknown ? LoadErrorCodes.UnknownFormat : LoadErrorCodes.Corrupt, $"malformed pickle: {ex.Message}", sourceName, null, ex);
        }
        catch (LoadException ex) when (format == PickleFormat.Unknown && ex.Code is LoadErrorCodes.Corrupt or LoadErrorCodes.Truncated)
        {
            // Without a PROTO header this may be a protocol 0/1 pickle or not a pickle at all; say which attempts failed.
            throw new LoadException(LoadErrorCodes.UnknownFormat, $"not a gzip file and not a readable pickle ({ex.Message})", sourceName, "expected a Python pickle (.pkl) or a gzip-compressed pickle (.pklz, .pkl.gz)", ex);
        }
    }
}
