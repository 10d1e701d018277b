using FlyRigLoader.Errors;

namespace FlyRigLoader.Loading;

/// <summary>
/// Decides the format from content, never from the extension: Python's loader tries gzip then raw, and files in the wild
/// carry the "wrong" extension often enough that the bytes are the only reliable witness.
/// </summary>
public static class PickleFormatDetector
{
    /// <summary>File extensions the loader registry claims (compared case-insensitively).</summary>
    public static IReadOnlyList<string> KnownExtensions { get; } = [".pkl", ".pklz", ".pkl.gz"];

    /// <summary>Reads at most two bytes of <paramref name="path"/> and classifies them.</summary>
    /// <exception cref="LoadException">The file is missing or unreadable.</exception>
    public static PickleFormat DetectFormat(string path)
    {
        PickleLoader.ValidatePath(path);
        Span<byte> header = stackalloc byte[2];
        int read;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            read = RandomAccess.Read(handle, header, 0);
            if (read == 1)
            {
                read += RandomAccess.Read(handle, header[1..], 1);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LoadException(LoadErrorCodes.Io, $"cannot read file: {ex.Message}", path, null, ex);
        }

        return DetectFormat(header[..read]);
    }

    /// <summary>Classifies the first bytes of a stream (two are enough).</summary>
    public static PickleFormat DetectFormat(ReadOnlySpan<byte> header) => header switch
    {
        [0x1f, 0x8b, ..] => PickleFormat.GzipPickle,
        [0x80, >= 2 and <= 5, ..] => PickleFormat.Pickle,
        _ => PickleFormat.Unknown,
    };

    /// <summary>True when the registry maps <paramref name="path"/>'s extension to the pickle loader.</summary>
    public static bool HasKnownExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return KnownExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
    }
}
