using System.Collections;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

/// <summary>Gzip pickles inflate once, straight into the arrays' memory, and give exactly what the raw pickle gives.</summary>
public sealed class GzipLoadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flyrig-gzip-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Load_gzip_recording_allocates_the_arrays_once_not_twice(int protocol)
    {
        // Warm the code path first so JIT and type loading do not count against the measured load.
        var data = Recording(rows: 600_000, columns: 4);
        var path = Write("recording.pkl.gz", data, protocol, gzip: true);
        PickleLoader.Load(path);
        var arrayBytes = data.Values.OfType<NdArray>().Sum(a => (long)a.Length * sizeof(double));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var loaded = PickleLoader.Load(path).AsExperimentMatrix();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated <= (arrayBytes * 11 / 10) + (512 << 10), $"allocated {allocated} B for {arrayBytes} B of arrays");
        AssertSameArrays(data, loaded);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Load_gzip_with_changing_dtypes_equals_the_raw_pickle(int protocol)
    {
        // Every large payload is staged as the previous array's type: this order misses, hits and misses again,
        // including a length that is not a multiple of the staged element size.
        var data = new Dictionary<string, object?>
        {
            ["f8"] = Array(DType.Float64, Enumerable.Range(0, 20_000).Select(i => i * 0.5).ToArray()),
            ["i4"] = Array(DType.Int32, Enumerable.Range(0, 40_001).ToArray()),
            ["i4b"] = Array(DType.Int32, Enumerable.Range(0, 30_000).Select(i => -i).ToArray()),
            ["u1_odd"] = Array(DType.UInt8, Enumerable.Range(0, 70_001).Select(i => (byte)(i % 253)).ToArray()),
            ["u2"] = Array(DType.UInt16, Enumerable.Range(0, 50_000).Select(i => (ushort)i).ToArray()),
            ["b"] = Array(DType.Bool, Enumerable.Range(0, 90_000).Select(i => i % 3 == 0).ToArray()),
            ["f4"] = Array(DType.Float32, Enumerable.Range(0, 33_333).Select(i => i / 3f).ToArray()),
            ["i8"] = Array(DType.Int64, Enumerable.Range(0, 20_000).Select(i => (long)i << 33).ToArray()),
            ["u8"] = Array(DType.UInt64, Enumerable.Range(0, 20_000).Select(i => ulong.MaxValue - (ulong)i).ToArray()),
            ["f8_2d"] = new NdArray(DType.Float64, [4, 5_000], Enumerable.Range(0, 20_000).Select(i => (double)i).ToArray(), isFortranOrder: true),
        };
        var raw = PickleLoader.Load(Write("mixed.pkl", data, protocol, gzip: false)).AsExperimentMatrix();

        var gzip = PickleLoader.Load(Write("mixed.pkl.gz", data, protocol, gzip: true)).AsExperimentMatrix();

        AssertSameArrays(raw, gzip);
        AssertSameArrays(data, gzip);
        Assert.True(((NdArray)gzip["f8_2d"]!).IsFortranOrder);
    }

    [Fact]
    public void Load_gzip_through_non_seekable_stream_equals_the_file()
    {
        var data = Recording(rows: 50_000, columns: 3);
        var path = Write("stream.pkl.gz", data, 5, gzip: true);
        using var file = File.OpenRead(path);
        using var source = new NonSeekableStream(file);

        AssertSameArrays(data, PickleLoader.Load(source, path).AsExperimentMatrix());
    }

    [Fact]
    public void Load_gzip_claim_within_the_deflate_bound_is_truncated_naming_the_file()
    {
        // 300 incompressible bytes let the file inflate to ~300 KB, so a 200 KB claim is plausible until the data ends.
        var noise = new byte[300];
        new Random(7).NextBytes(noise);
        var raw = PickleBytes.Proto(5).BinBytes8Header((ulong)noise.Length).Raw(noise).Op(0x30).BinBytes8Header(200_000).Ascii("tiny").ToArray();
        var path = Path.Combine(_directory, "short.pkl.gz");
        File.WriteAllBytes(path, PickleBytes.Gzip(raw));

        var error = Assert.Throws<LoadException>(() => PickleLoader.Load(path));

        Assert.Equal(LoadErrorCodes.Truncated, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_gzip_claim_beyond_what_the_file_can_inflate_to_is_refused_before_allocating()
    {
        var raw = PickleBytes.Proto(5).BinBytes8Header(100UL << 20).Ascii("tiny").ToArray();
        var path = Path.Combine(_directory, "liar.pkl.gz");
        File.WriteAllBytes(path, PickleBytes.Gzip(raw));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<LoadException>(() => PickleLoader.Load(path));

        Assert.Equal(LoadErrorCodes.Truncated, error.Code);
        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20, "the claimed 100 MB must not be allocated");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1032)]
    [InlineData(1_000_000, 1_032_000_000)]
    [InlineData(long.MaxValue, long.MaxValue)]
    public void Expansion_bound_is_deflates_limit_and_saturates(long compressed, long expected) =>
        Assert.Equal(expected, PickleLoader.ExpansionBound(compressed));

    private static Dictionary<string, object?> Recording(int rows, int columns)
    {
        var random = new Random(42);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rig"] = "rig_01" };
        for (var c = 0; c < columns; c++)
        {
            data[$"col{c}"] = Array(DType.Float64, Enumerable.Range(0, rows).Select(_ => random.NextDouble()).ToArray());
        }

        return data;
    }

    private static NdArray Array<T>(DType dtype, T[] values) => new(dtype, [values.Length], values);

    private string Write(string name, Dictionary<string, object?> data, int protocol, bool gzip)
    {
        var path = Path.Combine(_directory, name);
        PickleWriter.WriteFile(path, data, new PickleWriteOptions { Protocol = protocol }, gzip);
        return path;
    }

    private static void AssertSameArrays(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual)
    {
        foreach (var (name, value) in expected)
        {
            if (value is NdArray want)
            {
                var got = Assert.IsType<NdArray>(actual[name]);
                Assert.Equal(want.DType, got.DType);
                Assert.Equal(want.Shape, got.Shape);
                Assert.Equal(want.Data.GetType(), got.Data.GetType());
                Assert.True(StructuralComparisons.StructuralEqualityComparer.Equals(want.Data, got.Data), $"{name} differs");
            }
        }
    }
}
