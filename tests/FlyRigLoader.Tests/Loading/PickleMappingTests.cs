using FlyRigLoader.Errors;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

/// <summary>PickleLoader.Map leaves arrays in the mapped file, gives the values Load gives, and refuses use after dispose.</summary>
public sealed class PickleMappingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flyrig-map-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(PickleFixtureTests.FixtureFiles), MemberType = typeof(PickleFixtureTests))]
    public void Map_python_fixture_matches_manifest(string name)
    {
        var expected = FixtureManifest.File_(name);
        using var mapped = PickleLoader.Map(FixtureManifest.PathOf(name));

        if (expected.GetProperty("root").GetString() == "dataframe")
        {
            FixtureManifest.AssertFrame(expected.GetProperty("frame"), Assert.IsType<PandasFrame>(mapped.Pickle.Root));
            return;
        }

        foreach (var entry in expected.GetProperty("entries").EnumerateObject())
        {
            FixtureManifest.AssertValue(entry.Value, mapped.AsExperimentMatrix()[entry.Name], $"{name}:{entry.Name}");
        }
    }

    [Theory]
    [InlineData("numpy_dict_p3.pkl")]
    [InlineData("numpy_dict_p4.pkl")]
    [InlineData("numpy_dict_p5.pkl")]
    [InlineData("numpy_dict_p5_numpy2.pkl")]
    public void Map_numpy_written_protocol_3_to_5_leaves_large_arrays_in_the_file(string name)
    {
        using var mapped = PickleLoader.Map(FixtureManifest.PathOf(name));

        var big = Assert.IsType<NdArray>(mapped.AsExperimentMatrix()["big"]);
        Assert.True(mapped.IsMapped);
        Assert.True(big.IsMapped);
        Assert.Empty(mapped.CopyReasons);
    }

    [Fact]
    public void Map_protocol_2_copies_and_says_why()
    {
        using var mapped = PickleLoader.Map(FixtureManifest.PathOf("numpy_dict_p2.pkl"));

        Assert.False(((NdArray)mapped.AsExperimentMatrix()["big"]!).IsMapped);
        Assert.Contains(mapped.CopyReasons, r => r.Contains("protocol 0-2", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_gzip_loads_by_copy_and_says_why()
    {
        using var mapped = PickleLoader.Map(FixtureManifest.PathOf("exp_matrix_p5.pkl.gz"));

        Assert.False(mapped.IsMapped);
        Assert.Equal(PickleFormat.GzipPickle, mapped.Pickle.Format);
        Assert.Contains(mapped.CopyReasons, r => r.StartsWith("gzip", StringComparison.Ordinal));
        Assert.All(mapped.AsExperimentMatrix().Values.OfType<NdArray>(), a => Assert.False(a.IsMapped));
    }

    [Fact]
    public void Mapped_array_after_dispose_is_an_error_not_garbage()
    {
        var path = WriteRecording(20_000);
        var mapped = PickleLoader.Map(path);
        var x = (NdArray)mapped.AsExperimentMatrix()["x"]!;
        var copiedFirst = (NdArray)mapped.AsExperimentMatrix()["y"]!;
        var copy = (double[])copiedFirst.Data;

        mapped.Dispose();

        Assert.Throws<ObjectDisposedException>(() => x.AsSpan<double>().Length);
        Assert.Throws<ObjectDisposedException>(() => x.Data);
        Assert.Same(copy, copiedFirst.Data);
        Assert.Equal(copy, copiedFirst.AsSpan<double>().ToArray());
        mapped.Dispose();
    }

    [Fact]
    public void Mapped_array_data_copies_once_and_matches_the_span()
    {
        using var mapped = PickleLoader.Map(WriteRecording(10_000));
        var x = (NdArray)mapped.AsExperimentMatrix()["x"]!;

        var data = (double[])x.Data;

        Assert.Same(data, x.Data);
        Assert.Equal(data, x.AsSpan<double>().ToArray());
        Assert.Throws<InvalidCastException>(() => x.AsSpan<long>().Length);
    }

    [Fact]
    public void Map_missing_file_is_file_not_found() =>
        Assert.Equal(LoadErrorCodes.FileNotFound, Assert.Throws<LoadException>(() => PickleLoader.Map(Path.Combine(_directory, "none.pkl"))).Code);

    [Fact]
    public void Map_empty_file_is_truncated_naming_the_file()
    {
        var path = Path.Combine(_directory, "empty.pkl");
        File.WriteAllBytes(path, []);

        var error = Assert.Throws<LoadException>(() => PickleLoader.Map(path));

        Assert.Equal(LoadErrorCodes.Truncated, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_truncated_file_fails_typed_and_leaves_nothing_mapped()
    {
        var full = File.ReadAllBytes(WriteRecording(20_000));
        var path = Path.Combine(_directory, "cut.pkl");
        File.WriteAllBytes(path, full[..(full.Length / 2)]);

        var error = Assert.Throws<LoadException>(() => PickleLoader.Map(path));

        Assert.Equal(LoadErrorCodes.Truncated, error.Code);
        File.Delete(path);
    }

    private string WriteRecording(int rows)
    {
        var path = Path.Combine(_directory, $"rec{rows}.pkl");
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["x"] = new NdArray(DType.Float64, [rows], Enumerable.Range(0, rows).Select(i => i * 0.25).ToArray()),
            ["y"] = new NdArray(DType.Float64, [rows], Enumerable.Range(0, rows).Select(i => -i * 0.5).ToArray()),
        };
        PickleWriter.WriteFile(path, data, new PickleWriteOptions { Protocol = 5 });
        return path;
    }
}
