using System.IO.Compression;
using FlyRigLoader.Errors;
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
        ValidatePath(path);
        FileStream file;
        try
        {
            // bufferSize 0: PickleInput buffers itself and seeks past large payloads, which a FileStream buffer would only defeat.
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException ex)
        {
            throw new LoadException(LoadErrorCodes.FileNotFound, "file does not exist", path, null, ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new LoadException(LoadErrorCodes.FileNotFound, "file does not exist", path, null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LoadException(LoadErrorCodes.Io, $"cannot open file: {ex.Message}", path, null, ex);
        }

        using (file)
        {
            return Load(file, path);
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
            var format = PickleFormatDetector.DetectFormat(header[..read]);
            if (format == PickleFormat.Unknown && read > 0 && header[0] == 0x80)
            {
                // A PROTO opcode with a bad or missing version: parse it as a pickle so the error says exactly why.
                format = PickleFormat.Pickle;
            }

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

    private static object? Unpickle(Stream source, string sourceName, PickleFormat format, long? expansionBound = null)
    {
        using var input = new PickleInput(source, sourceName, expansionBound);
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
