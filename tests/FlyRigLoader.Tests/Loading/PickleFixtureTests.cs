using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

/// <summary>Every Python-written fixture loads to exactly what the generator recorded in the manifest.</summary>
public sealed class PickleFixtureTests
{
    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in FixtureManifest.Files)
        {
            data.Add(file.GetProperty("file").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Load_python_fixture_matches_manifest(string name)
    {
        var expected = FixtureManifest.File_(name);
        var loaded = PickleLoader.Load(FixtureManifest.PathOf(name));

        Assert.Equal(expected.GetProperty("gzip").GetBoolean() ? PickleFormat.GzipPickle : PickleFormat.Pickle, loaded.Format);
        if (expected.GetProperty("root").GetString() == "dataframe")
        {
            FixtureManifest.AssertFrame(expected.GetProperty("frame"), Assert.IsType<PandasFrame>(loaded.Root));
        }
        else
        {
            var dict = loaded.AsExperimentMatrix();
            var entries = expected.GetProperty("entries").EnumerateObject().ToList();
            Assert.Equal(entries.Select(e => e.Name), dict.Keys);
            foreach (var entry in entries)
            {
                FixtureManifest.AssertValue(entry.Value, dict[entry.Name], $"{name}:{entry.Name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Load_from_non_seekable_stream_gives_same_values(string name)
    {
        var expected = FixtureManifest.File_(name);
        using var file = File.OpenRead(FixtureManifest.PathOf(name));
        using var stream = new NonSeekableStream(file);
        var loaded = PickleLoader.Load(stream, name);

        if (expected.GetProperty("root").GetString() == "dataframe")
        {
            FixtureManifest.AssertFrame(expected.GetProperty("frame"), Assert.IsType<PandasFrame>(loaded.Root));
        }
        else
        {
            foreach (var entry in expected.GetProperty("entries").EnumerateObject())
            {
                FixtureManifest.AssertValue(entry.Value, loaded.AsExperimentMatrix()[entry.Name], $"{name}:{entry.Name}");
            }
        }
    }

    [Fact]
    public void Load_fortran_array_keeps_column_major_data()
    {
        var array = (NdArray)PickleLoader.Load(FixtureManifest.PathOf("numpy_dict_p5.pkl")).AsExperimentMatrix()["f2d"]!;

        // np.arange(12).reshape(3, 4) in F order: element [r, c] = 4r + c lives at c*3 + r.
        Assert.True(array.IsFortranOrder);
        Assert.Equal([3, 4], array.Shape);
        var data = array.AsSpan<int>();
        Assert.Equal(4 * 2 + 1, data[(1 * 3) + 2]);
    }

    [Fact]
    public void Load_experiment_matrix_has_signal_disp_as_channels_by_time()
    {
        var matrix = PickleLoader.Load(FixtureManifest.PathOf("exp_matrix_p5.pkl.gz")).AsExperimentMatrix();

        var signal = Assert.IsType<NdArray>(matrix["signal_disp"]);
        Assert.Equal([16, 500], signal.Shape);
        Assert.Equal("old_opto", matrix["rig"]);
    }

    [Fact]
    public void As_experiment_matrix_on_data_frame_gives_columns()
    {
        var loaded = PickleLoader.Load(FixtureManifest.PathOf("frame_p5_pandas15.pkl"));

        Assert.True(loaded.IsDataFrame);
        var columns = loaded.AsExperimentMatrix();
        Assert.Equal(["t", "x", "y", "trial", "valid", "label", "small"], columns.Keys);
        Assert.Equal(new string?[] { "a", null, "c", "d", "e" }, columns["label"]);
    }
}
