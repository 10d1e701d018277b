using System.IO.Compression;
using System.Buffers.Binary;
using System.Text;

namespace FlyRigLoader.Tests.Loading;

/// <summary>Hand-assembles pickle streams opcode by opcode, for inputs no well-behaved Python would write.</summary>
internal sealed class PickleBytes
{
    private readonly List<byte> _bytes = [];

    public static PickleBytes Proto(int version) => new PickleBytes().Op(0x80).Op((byte)version);

    public PickleBytes Op(byte opcode)
    {
        _bytes.Add(opcode);
        return this;
    }

    public PickleBytes Raw(ReadOnlySpan<byte> raw)
    {
        _bytes.AddRange(raw.ToArray());
        return this;
    }

    public PickleBytes Ascii(string text) => Raw(Encoding.ASCII.GetBytes(text));

    /// <summary>Protocol 0–3 GLOBAL: "c module\n name\n".</summary>
    public PickleBytes Global(string module, string name) => Op((byte)'c').Ascii($"{module}\n{name}\n");

    public PickleBytes ShortUnicode(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return Op(0x8c).Op((byte)utf8.Length).Raw(utf8);
    }

    /// <summary>Protocol 4+ STACK_GLOBAL.</summary>
    public PickleBytes StackGlobal(string module, string name) => ShortUnicode(module).ShortUnicode(name).Op(0x93);

    public PickleBytes BinBytes8Header(ulong claimedLength)
    {
        Span<byte> len = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(len, claimedLength);
        return Op(0x8e).Raw(len);
    }

    public PickleBytes BinUnicodeHeader(uint claimedLength)
    {
        Span<byte> len = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(len, claimedLength);
        return Op((byte)'X').Raw(len);
    }

    public PickleBytes Stop() => Op((byte)'.');

    public byte[] ToArray() => [.. _bytes];

    /// <summary><paramref name="raw"/> gzip-compressed, as a .pkl.gz holds it.</summary>
    public static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return output.ToArray();
    }
}
