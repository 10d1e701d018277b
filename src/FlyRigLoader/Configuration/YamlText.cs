using System.Buffers;
using System.Text;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A config's decoded text in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, handed back on <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// Decoding a 6 MB config into a new string is a 12 MB large-object allocation per load: on a VM that hands out fresh
/// pages slowly, writing those pages cost more than the decoding (a quarter of the load), and every large-object
/// allocation of that size pushed the GC into a full collection that marked the half-built tree (half of the load).
/// Nothing built from the text points into the buffer (every scalar is a copy), so it can go back to the pool.
/// </remarks>
internal sealed class YamlText : IDisposable
{
    private char[]? _buffer;

    private YamlText(char[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>Characters of text; the buffer may be longer.</summary>
    public int Length { get; }

    /// <summary>The buffer, valid up to <see cref="Length"/>, until <see cref="Dispose"/>.</summary>
    public char[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(YamlText));

    /// <summary>The text.</summary>
    public ReadOnlySpan<char> Span => Buffer.AsSpan(0, Length);

    /// <summary>A copy of <paramref name="text"/>.</summary>
    public static YamlText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = Rent(text.Length);
        text.CopyTo(buffer);
        return new YamlText(buffer, text.Length);
    }

    /// <summary>
    /// <paramref name="bytes"/> decoded as UTF-8, with or without its BOM (invalid bytes become U+FFFD); any other BOM
    /// (UTF-16/32) is left to <see cref="StreamReader"/>'s detection.
    /// </summary>
    public static YamlText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xFE, ..] or [0xFF, ..] or [0x00, 0x00, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Of(reader.ReadToEnd());
        }

        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }

        // UTF-8 never decodes to more UTF-16 units than it has bytes (an invalid byte becomes one U+FFFD at most).
        var buffer = Rent(bytes.Length);
        return new YamlText(buffer, Encoding.UTF8.GetChars(bytes, buffer));
    }

    /// <summary>The text as a new string, for the paths that need one (YamlDotNet, tests).</summary>
    public override string ToString() => new(Span);

    /// <inheritdoc />
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is { Length: > 0 })
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static char[] Rent(int length) => length == 0 ? [] : ArrayPool<char>.Shared.Rent(length);
}
