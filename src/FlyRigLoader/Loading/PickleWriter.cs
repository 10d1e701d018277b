using System.IO.Compression;
using FlyRigLoader.Loading.Pickle;

namespace FlyRigLoader.Loading;

/// <summary>
/// Writes numpy-dict and pandas-DataFrame pickles as Python's pickle/numpy/pandas would (protocols 2–5), so test and
/// benchmark data can be produced without Python. Array payloads are written straight from the typed arrays' memory.
/// </summary>
public static class PickleWriter
{
    private const int FileBufferSize = 1 << 20;

    /// <summary>Writes <paramref name="data"/> (values: <see cref="NdArray"/>, string, integers, double, bool, null, byte[], lists, dictionaries).</summary>
    /// <exception cref="ArgumentException">A value of an unsupported type.</exception>
    public static void WriteDictionary(Stream stream, IReadOnlyDictionary<string, object?> data, PickleWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var emitter = new PickleEmitter(stream, options);
        emitter.SaveDict(data, data.Count, data);
        emitter.Finish();
    }

    /// <summary>Writes <paramref name="frame"/> in pandas' DataFrame pickle layout (pandas 1.5/2.x, per <see cref="PickleWriteOptions.ModuleNames"/>).</summary>
    public static void WriteDataFrame(Stream stream, PandasFrame frame, PickleWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(options);
        var emitter = new PickleEmitter(stream, options);
        PandasPickling.SaveFrame(emitter, frame);
        emitter.Finish();
    }

    /// <summary>Writes a dictionary pickle to <paramref name="path"/> (optionally gzip), via a temp file renamed into place.</summary>
    public static void WriteFile(string path, IReadOnlyDictionary<string, object?> data, PickleWriteOptions options, bool gzip = false) =>
        WriteAtomically(path, gzip, stream => WriteDictionary(stream, data, options));

    /// <summary>Writes a DataFrame pickle to <paramref name="path"/> (optionally gzip), via a temp file renamed into place.</summary>
    public static void WriteFile(string path, PandasFrame frame, PickleWriteOptions options, bool gzip = false) =>
        WriteAtomically(path, gzip, stream => WriteDataFrame(stream, frame, options));

    private static void WriteAtomically(string path, bool gzip, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileBufferSize))
            {
                if (gzip)
                {
                    // Fastest: benchmark data generation is I/O-bound, and the loader reads any level.
                    using var compressed = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
                    using var buffered = new BufferedStream(compressed, FileBufferSize);
                    write(buffered);
                }
                else
                {
                    write(file);
                }
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
