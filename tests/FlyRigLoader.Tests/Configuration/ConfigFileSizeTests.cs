using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>A config file larger than ConfigLoader.MaxFileBytes is refused from its size alone, before it is read.</summary>
public sealed class ConfigFileSizeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("flyrig-config-size-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_file_one_byte_over_the_limit_is_too_large_naming_the_file_and_its_size()
    {
        var path = Sparse("huge.yaml", ConfigLoader.MaxFileBytes + 1);

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(path));

        Assert.Equal(ConfigErrorCodes.TooLarge, ex.Code);
        Assert.Equal(path, ex.Location);
        Assert.Contains("16,777,217 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_file_over_the_limit_is_refused_the_same_way() =>
        Assert.Equal(ConfigErrorCodes.TooLarge, Assert.Throws<ConfigException>(() => ConfigValidator.ValidateFile(Sparse("huge.yaml", 1L << 40))).Code);

    [Fact]
    public void Load_file_at_the_limit_is_read()
    {
        // A valid config padded with a comment to exactly the limit: read, parsed and loaded.
        var head = "datasets: {d: {rig: r, dates_vials: {\"2024-01-02\": [1]}}}\n#"u8.ToArray();
        var path = Path.Combine(_dir, "edge.yaml");
        using (var file = File.Create(path))
        {
            file.Write(head);
            file.Write(Enumerable.Repeat((byte)'x', (int)(ConfigLoader.MaxFileBytes - head.Length)).ToArray());
        }

        Assert.Equal(["d"], ConfigLoader.LoadFile(path).DatasetNames);
    }

    private string Sparse(string name, long length)
    {
        var path = Path.Combine(_dir, name);
        using var file = File.Create(path);
        file.SetLength(length);
        return path;
    }
}
