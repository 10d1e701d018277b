using System.Text;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>The pooled text a config is parsed from: decoded like StreamReader, and never referenced by what is built from it.</summary>
public sealed class YamlTextTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("flyrig-yamltext-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(new byte[] { 0x61, 0x3A, 0x20, 0x62 }, "a: b")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x3A, 0x20, 0xC3, 0xBC }, "a: ü")]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 }, "a\uFFFDb")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00 }, "a:")]
    [InlineData(new byte[0], "")]
    public void Bytes_decode_as_StreamReader_decodes_them(byte[] bytes, string expected)
    {
        using var text = YamlText.Decode(bytes);

        Assert.Equal(expected, text.ToString());
        Assert.Equal(expected.Length, text.Length);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Assert.Equal(reader.ReadToEnd(), text.ToString());
    }

    [Fact]
    public void A_disposed_text_refuses_its_buffer_and_may_be_disposed_again()
    {
        var text = YamlText.Of("a: b");
        text.Dispose();

        Assert.Throws<ObjectDisposedException>(() => text.Buffer);
        text.Dispose();
    }

    [Fact]
    public void A_loaded_config_keeps_its_values_after_the_buffer_is_reused_by_the_next_load()
    {
        var first = Write("first.yaml", "alpha", 3);
        var second = Write("second.yaml", "omega", 5);

        var loaded = ConfigLoader.LoadFile(first);
        for (var i = 0; i < 3; i++)
        {
            ConfigLoader.LoadFile(second);
            ConfigLoader.LoadYaml(File.ReadAllText(second));
        }

        var dataset = loaded.GetDatasetInfo("d");
        Assert.Equal("alpha-rig", dataset.Rig);
        Assert.Equal([1, 2, 3], dataset.DatesVials["2024-01-02"]);
        Assert.Equal("alpha description that is long enough to be a scalar of its own", dataset.Extra["description"]);
    }

    private string Write(string name, string word, int vials)
    {
        var path = Path.Combine(_dir, name);
        var list = string.Join(", ", Enumerable.Range(1, vials));
        File.WriteAllText(path, $"datasets:\n  d:\n    rig: {word}-rig\n    description: {word} description that is long enough to be a scalar of its own\n    dates_vials: {{\"2024-01-02\": [{list}]}}\n");
        return path;
    }
}
