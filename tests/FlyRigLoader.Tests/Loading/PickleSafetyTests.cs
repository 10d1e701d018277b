using FlyRigLoader.Errors;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

/// <summary>Hostile and damaged pickles are refused with typed errors, and refusing them never runs anything.</summary>
public sealed class PickleSafetyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flyrig-pickle-safety-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string> DangerousGlobals() => new()
    {
        { "os", "system" },
        { "posix", "system" },
        { "nt", "system" },
        { "subprocess", "Popen" },
        { "subprocess", "check_output" },
        { "builtins", "eval" },
        { "builtins", "exec" },
        { "__builtin__", "eval" },
        { "builtins", "open" },
        { "builtins", "getattr" },
        { "importlib", "import_module" },
        { "shutil", "rmtree" },
        { "numpy", "load" },
        { "pandas", "read_csv" },
        { "numpy.core.multiarray", "_reconstructX" },
    };

    [Theory]
    [MemberData(nameof(DangerousGlobals))]
    public void Load_global_call_is_refused_and_nothing_runs(string module, string name)
    {
        var marker = Path.Combine(_directory, "pwned");
        var command = $"touch {marker}";

        // Protocol 2 GLOBAL + REDUCE, as pickle writes `(os.system, ("touch …",))` from a __reduce__.
        var p2 = PickleBytes.Proto(2).Global(module, name).Op(0x8c).Op((byte)command.Length).Ascii(command).Op(0x85).Op((byte)'R').Stop().ToArray();
        AssertForbidden(p2, $"{module}.{name}");

        // Protocol 4 STACK_GLOBAL, nested inside a harmless-looking dict value.
        var p4 = PickleBytes.Proto(4).Op((byte)'}').ShortUnicode("t").StackGlobal(module, name).ShortUnicode(command).Op(0x85).Op((byte)'R').Op((byte)'s').Stop().ToArray();
        AssertForbidden(p4, $"{module}.{name}");

        Assert.False(File.Exists(marker), "a refused pickle must not have touched the file system");
    }

    [Fact]
    public void Load_protocol0_pickle_with_system_call_is_refused()
    {
        var marker = Path.Combine(_directory, "pwned0");
        var bytes = new PickleBytes().Global("os", "system").Op((byte)'(').Ascii($"S'touch {marker}'\n").Op((byte)'t').Op((byte)'R').Stop().ToArray();

        var error = Assert.Throws<LoadException>(() => Load(bytes));

        Assert.Equal(LoadErrorCodes.ForbiddenGlobal, error.Code);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void Load_copyreg_reconstructor_for_unlisted_class_is_refused()
    {
        var bytes = PickleBytes.Proto(2).Global("copy_reg", "_reconstructor").Global("os", "_wrap_close").Stop().ToArray();

        var error = Assert.Throws<LoadException>(() => Load(bytes));

        Assert.Equal(LoadErrorCodes.ForbiddenGlobal, error.Code);
        Assert.Contains("os._wrap_close", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_bytes8_claiming_ten_terabytes_fails_as_truncated_without_allocating()
    {
        var bytes = PickleBytes.Proto(5).BinBytes8Header(10UL << 40).Ascii("tiny").ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<LoadException>(() => Load(bytes));

        Assert.Equal(LoadErrorCodes.Truncated, error.Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 << 20, "the claimed size must not be allocated");
    }

    [Fact]
    public void Load_gzip_with_huge_length_claim_fails_without_allocating_the_claim()
    {
        // Inside gzip the remaining length is unknown, so the loader must grow its buffer only as data arrives.
        var raw = PickleBytes.Proto(5).BinBytes8Header(1UL << 31).Ascii("tiny").ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<LoadException>(() => Load(PickleBytes.Gzip(raw), "claim.pkl.gz"));

        Assert.Contains(error.Code, new[] { LoadErrorCodes.Truncated, LoadErrorCodes.Unsupported });
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 << 20, "the claimed 2 GB must not be allocated up front");
    }

    [Fact]
    public void Load_string_claiming_more_than_the_input_is_truncated()
    {
        var bytes = PickleBytes.Proto(4).BinUnicodeHeader(uint.MaxValue).Ascii("abc").ToArray();

        Assert.Equal(LoadErrorCodes.Truncated, Assert.Throws<LoadException>(() => Load(bytes)).Code);
    }

    [Fact]
    public void Load_truncated_fixture_fails_with_typed_error_naming_the_file()
    {
        var full = File.ReadAllBytes(FixtureManifest.PathOf("numpy_dict_p5.pkl"));
        var path = Path.Combine(_directory, "cut.pkl");
        foreach (var length in new[] { 1, 2, 11, 60, full.Length / 2, full.Length - 1 })
        {
            File.WriteAllBytes(path, full[..length]);

            var error = Assert.Throws<LoadException>(() => PickleLoader.Load(path));

            Assert.True(error.Code is LoadErrorCodes.Truncated or LoadErrorCodes.Corrupt, $"cut at {length}: {error.Code}");
            Assert.Equal(path, error.Location);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_truncated_gzip_fails_with_typed_error()
    {
        var full = File.ReadAllBytes(FixtureManifest.PathOf("exp_matrix_p5.pkl.gz"));
        var path = Path.Combine(_directory, "cut.pkl.gz");
        File.WriteAllBytes(path, full[..(full.Length / 2)]);

        var error = Assert.Throws<LoadException>(() => PickleLoader.Load(path));

        Assert.True(error.Code is LoadErrorCodes.Truncated or LoadErrorCodes.BadGzip, error.Code);
    }

    [Fact]
    public void Load_damaged_gzip_body_is_bad_gzip()
    {
        var path = Path.Combine(_directory, "bad.pklz");
        File.WriteAllBytes(path, [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 0xde, 0xad, 0xbe, 0xef, 0xff, 0xff, 0xff]);

        var error = Assert.Throws<LoadException>(() => PickleLoader.Load(path));

        Assert.True(error.Code is LoadErrorCodes.BadGzip or LoadErrorCodes.Truncated, error.Code);
        Assert.Equal(path, error.Location);
    }

    [Fact]
    public void Load_wrong_magic_is_unknown_format()
    {
        var path = Path.Combine(_directory, "notes.pkl");
        File.WriteAllText(path, "just some text, not a pickle\n");

        var error = Assert.Throws<LoadException>(() => PickleLoader.Load(path));

        Assert.Equal(LoadErrorCodes.UnknownFormat, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_empty_file_is_truncated()
    {
        var path = Path.Combine(_directory, "empty.pkl");
        File.WriteAllBytes(path, []);

        Assert.Equal(LoadErrorCodes.Truncated, Assert.Throws<LoadException>(() => PickleLoader.Load(path)).Code);
    }

    [Fact]
    public void Load_missing_file_is_file_not_found()
    {
        var path = Path.Combine(_directory, "absent.pkl");

        var error = Assert.Throws<LoadException>(() => PickleLoader.Load(path));

        Assert.Equal(LoadErrorCodes.FileNotFound, error.Code);
        Assert.Equal(path, error.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Load_empty_path_is_rejected(string path) =>
        Assert.Equal(LoadErrorCodes.FileNotFound, Assert.Throws<LoadException>(() => PickleLoader.Load(path)).Code);

    [Fact]
    public void Load_out_of_band_buffer_is_unsupported()
    {
        var bytes = PickleBytes.Proto(5).Op(0x97).Stop().ToArray();

        Assert.Equal(LoadErrorCodes.Unsupported, Assert.Throws<LoadException>(() => Load(bytes)).Code);
    }

    [Fact]
    public void Load_unknown_opcode_is_corrupt()
    {
        var bytes = PickleBytes.Proto(4).Op(0xf0).Stop().ToArray();

        Assert.Equal(LoadErrorCodes.Corrupt, Assert.Throws<LoadException>(() => Load(bytes)).Code);
    }

    [Fact]
    public void Load_array_whose_shape_disagrees_with_its_bytes_is_corrupt()
    {
        // _frombuffer(b'\0' * 8, dtype('f8'), (1000,), 'C'): 8 bytes cannot be 1000 doubles.
        var bytes = PickleBytes.Proto(5)
            .StackGlobal("numpy.core.numeric", "_frombuffer")
            .Op((byte)'(').Op((byte)'C').Op(8).Raw(new byte[8])
            .StackGlobal("numpy", "dtype").ShortUnicode("f8").Op(0x89).Op(0x88).Op(0x87).Op((byte)'R')
            .Op((byte)'(').Op((byte)'K').Op(3).ShortUnicode("<").Op((byte)'N').Op((byte)'N').Op((byte)'N').Op((byte)'J').Raw([0xff, 0xff, 0xff, 0xff]).Op((byte)'J').Raw([0xff, 0xff, 0xff, 0xff]).Op((byte)'K').Op(0).Op((byte)'t').Op((byte)'b')
            .Op((byte)'M').Raw([0xe8, 0x03]).Op(0x85).ShortUnicode("C").Op((byte)'t').Op((byte)'R').Stop().ToArray();

        var error = Assert.Throws<LoadException>(() => Load(bytes));

        Assert.Equal(LoadErrorCodes.Corrupt, error.Code);
        Assert.Contains("8000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_unsupported_d_type_names_it()
    {
        var bytes = PickleBytes.Proto(4).StackGlobal("numpy", "dtype").ShortUnicode("c16").Op(0x89).Op(0x88).Op(0x87).Op((byte)'R').Stop().ToArray();

        var error = Assert.Throws<LoadException>(() => Load(bytes));

        Assert.Equal(LoadErrorCodes.UnsupportedDType, error.Code);
        Assert.Contains("c16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void As_experiment_matrix_on_non_dictionary_root_is_unexpected_root()
    {
        var loaded = Load(PickleBytes.Proto(4).Op((byte)'K').Op(7).Stop().ToArray());

        Assert.Equal(7L, loaded.Root);
        Assert.Equal(LoadErrorCodes.UnexpectedRoot, Assert.Throws<LoadException>(loaded.AsExperimentMatrix).Code);
    }

    [Fact]
    public void Load_deeply_nested_lists_fails_typed_instead_of_overflowing_the_stack()
    {
        var builder = PickleBytes.Proto(4);
        for (var i = 0; i < 100_000; i++)
        {
            builder.Op((byte)']');
        }

        for (var i = 0; i < 99_999; i++)
        {
            builder.Op((byte)'a');
        }

        var error = Assert.Throws<LoadException>(() => Load(builder.Stop().ToArray()));

        Assert.Equal(LoadErrorCodes.Unsupported, error.Code);
    }

    private static void AssertForbidden(byte[] bytes, string global)
    {
        var error = Assert.Throws<LoadException>(() => Load(bytes, "evil.pkl"));
        Assert.Equal(LoadErrorCodes.ForbiddenGlobal, error.Code);
        Assert.Contains(global, error.Message, StringComparison.Ordinal);
        Assert.Equal("evil.pkl", error.Location);
    }

    private static LoadedPickle Load(byte[] bytes, string name = "test.pkl")
    {
        using var stream = new MemoryStream(bytes);
        return PickleLoader.Load(stream, name);
    }
}
