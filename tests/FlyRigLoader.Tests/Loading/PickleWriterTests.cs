using System.IO.Compression;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

/// <summary>PickleWriter output equals Python's bytes for plain data and round-trips every Python fixture's values.</summary>
public sealed class PickleWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flyrig-pickle-writer-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Write_dictionary_plain_data_is_byte_for_byte_what_python_writes(int protocol)
    {
        var data = new Dictionary<string, object?>
        {
            ["t"] = new NdArray(DType.Float64, [5], Enumerable.Range(0, 5).Select(i => (double)i).ToArray()),
            ["x"] = new NdArray(DType.Float64, [9000], Enumerable.Range(0, 9000).Select(i => (double)i).ToArray()),
            ["n"] = new NdArray(DType.Int32, [3], new[] { 0, 1, 2 }),
            ["f2d"] = new NdArray(DType.Int64, [2, 3], new long[] { 0, 3, 1, 4, 2, 5 }, isFortranOrder: true),
            ["b"] = new NdArray(DType.Bool, [2], new[] { true, false }),
            ["name"] = "abc",
            ["k"] = 7L,
            ["big"] = -(1L << 40),
            ["r"] = 1.5,
            ["ok"] = true,
            ["none"] = null,
            ["items"] = new List<object?> { 1L, "a", 2.5 },
        };

        var written = Write(s => PickleWriter.WriteDictionary(s, data, new PickleWriteOptions { Protocol = protocol }));

        AssertSameBytes(File.ReadAllBytes(FixtureManifest.PathOf($"writer_ref_dict_p{protocol}.pkl")), written);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    public void Write_data_frame_one_column_per_d_type_is_byte_for_byte_what_pandas_writes(int protocol)
    {
        var frame = new PandasFrame(
            ["a", "b", "c", "d"],
            [
                new NdArray(DType.Float64, [3], new[] { 0.0, 1.0, 2.0 }),
                new NdArray(DType.Int64, [3], new long[] { 1, 2, 3 }),
                new string?[] { "x", null, "z" },
                new NdArray(DType.Bool, [3], new[] { true, false, true }),
            ]);

        var written = Write(s => PickleWriter.WriteDataFrame(s, frame, new PickleWriteOptions { Protocol = protocol }));

        AssertSameBytes(File.ReadAllBytes(FixtureManifest.PathOf($"writer_ref_frame_p{protocol}.pkl")), written);
    }

    [Theory]
    [MemberData(nameof(PickleFixtureTests.FixtureFiles), MemberType = typeof(PickleFixtureTests))]
    public void Write_every_fixture_reloaded_keeps_manifest_values(string name)
    {
        var expected = FixtureManifest.File_(name);
        var protocol = expected.GetProperty("protocol").GetInt32();
        var layout = expected.GetProperty("layout").GetString();
        var options = new PickleWriteOptions { Protocol = protocol, ModuleNames = layout is "numpy2" or "pandas2" ? NumpyModuleNames.Numpy2 : NumpyModuleNames.Numpy1 };
        var original = PickleLoader.Load(FixtureManifest.PathOf(name));
        var path = Path.Combine(_directory, "copy.pkl");

        if (original.Root is PandasFrame frame)
        {
            PickleWriter.WriteFile(path, frame, options, gzip: expected.GetProperty("gzip").GetBoolean());
            FixtureManifest.AssertFrame(expected.GetProperty("frame"), Assert.IsType<PandasFrame>(PickleLoader.Load(path).Root));
        }
        else
        {
            PickleWriter.WriteFile(path, original.AsExperimentMatrix(), options, gzip: expected.GetProperty("gzip").GetBoolean());
            var reloaded = PickleLoader.Load(path);
            foreach (var entry in expected.GetProperty("entries").EnumerateObject())
            {
                FixtureManifest.AssertValue(entry.Value, reloaded.AsExperimentMatrix()[entry.Name], $"{name}:{entry.Name}");
            }
        }
    }

    [Fact]
    public void Write_file_gzip_is_detected_and_loadable()
    {
        var path = Path.Combine(_directory, "data.pkl.gz");
        var data = new Dictionary<string, object?> { ["t"] = new NdArray(DType.Float32, [4], new[] { 1f, 2f, 3f, 4f }) };

        PickleWriter.WriteFile(path, data, PickleWriteOptions.Default, gzip: true);

        Assert.Equal(PickleFormat.GzipPickle, PickleFormatDetector.DetectFormat(path));
        Assert.Equal([1f, 2f, 3f, 4f], ((NdArray)PickleLoader.Load(path).AsExperimentMatrix()["t"]!).AsSpan<float>().ToArray());
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        Assert.Equal(0x80, gzip.ReadByte());
        Assert.Equal(4, gzip.ReadByte());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Gzip_array_larger_than_one_read_chunk_round_trips_through_non_seekable_stream(int protocol)
    {
        // 17 MB: above the 16 MB chunk the non-seekable reader uses, so the payload spans two chunks.
        var values = new byte[17 << 20];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (byte)(i % 251);
        }

        var path = Path.Combine(_directory, "big.pklz");
        PickleWriter.WriteFile(path, new Dictionary<string, object?> { ["signal"] = new NdArray(DType.UInt8, [values.Length], values) }, new PickleWriteOptions { Protocol = protocol }, gzip: true);
        using var file = File.OpenRead(path);
        using var source = new NonSeekableStream(file);

        var loaded = (NdArray)PickleLoader.Load(source, path).AsExperimentMatrix()["signal"]!;

        Assert.True(values.AsSpan().SequenceEqual(loaded.AsSpan<byte>()));
    }

    [Fact]
    public void Write_file_unsupported_value_leaves_nothing_behind()
    {
        var path = Path.Combine(_directory, "bad.pkl");
        var data = new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch };

        Assert.Throws<ArgumentException>(() => PickleWriter.WriteFile(path, data, PickleWriteOptions.Default));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Write_protocol_out_of_range_throws(int protocol) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Write(s => PickleWriter.WriteDictionary(s, new Dictionary<string, object?>(), new PickleWriteOptions { Protocol = protocol })));

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        var firstDifference = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(firstDifference < 0 && expected.Length == actual.Length, $"first difference at byte {firstDifference} (lengths {expected.Length} vs {actual.Length})");
    }
}
