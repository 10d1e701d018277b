using System.Text;
using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>Config files are decoded as StreamReader would: UTF-8 with or without BOM, UTF-16/32 by their BOM.</summary>
public sealed class ConfigFileEncodingTests : IDisposable
{
    private const string Yaml = "datasets:\n  d:\n    rig: rig1\n    description: \"Müller's rig\"\n    dates_vials: {\"2024-01-02\": [1, 2]}\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("flyrig-encoding-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16le-bom")]
    [InlineData("utf16be-bom")]
    [InlineData("utf32le-bom")]
    public void Encoded_files_load_to_the_same_config(string encoding)
    {
        var bytes = encoding switch
        {
            "utf8" => Encoding.UTF8.GetBytes(Yaml),
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Yaml)],
            "utf16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Yaml)],
            "utf16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Yaml)],
            _ => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Yaml)],
        };
        var path = Path.Combine(_dir, encoding + ".yaml");
        File.WriteAllBytes(path, bytes);

        var dataset = ConfigLoader.LoadFile(path).GetDatasetInfo("d");

        Assert.Equal("Müller's rig", dataset.Extra["description"]);
        Assert.Equal([1, 2], dataset.DatesVials["2024-01-02"]);
    }

    [Fact]
    public void Invalid_utf8_in_a_comment_is_replaced_not_fatal()
    {
        var path = Path.Combine(_dir, "invalid.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("# bad byte: "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\ndatasets: {d: {rig: r}}\n")]);

        Assert.Equal(["d"], ConfigLoader.LoadFile(path).DatasetNames);
    }

    [Fact]
    public void A_directory_is_an_unreadable_config_naming_the_path()
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(_dir));

        Assert.Equal(ConfigErrorCodes.FileNotFound, ex.Code);
        Assert.Equal(_dir, ex.Location);
    }
}
