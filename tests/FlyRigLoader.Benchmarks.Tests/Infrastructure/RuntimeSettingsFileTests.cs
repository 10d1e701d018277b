using System.Collections;
using System.Text.Json;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class RuntimeSettingsFileTests
{
    [Fact]
    public void The_file_records_every_switch_the_runtime_variables_only_and_the_gc_it_got()
    {
        var switches = new Dictionary<string, object?> { ["System.GC.Server"] = false, ["System.Runtime.TieredCompilation"] = "false" };
        var environment = new Hashtable { ["DOTNET_TieredPGO"] = "0", ["COMPlus_GCgen0size"] = "0x4000000", ["PATH"] = "/usr/bin", ["FLYRIG_BENCH_DATA"] = "/d" };

        using var json = JsonDocument.Parse(RuntimeSettingsFile.Render(n => switches.GetValueOrDefault(n), environment, isServerGc: false, "Batch"));
        var root = json.RootElement;

        Assert.Equal(RuntimeSettingsFile.SchemaVersion, root.GetProperty("schema_version").GetInt32());
        Assert.Equal(RuntimeSettingsFile.AppContextNames, root.GetProperty("app_context").EnumerateObject().Select(p => p.Name));
        Assert.Equal("False", root.GetProperty("app_context").GetProperty("System.GC.Server").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("app_context").GetProperty("System.GC.RetainVM").ValueKind);
        Assert.Equal(["COMPlus_GCgen0size", "DOTNET_TieredPGO"], root.GetProperty("environment").EnumerateObject().Select(p => p.Name));
        Assert.False(root.GetProperty("gc").GetProperty("is_server_gc").GetBoolean());
        Assert.Equal("Batch", root.GetProperty("gc").GetProperty("latency_mode").GetString());
    }

    [Fact]
    public void Write_puts_this_processs_settings_into_the_artifacts_folder_and_leaves_no_temporary()
    {
        var folder = Path.Combine(Path.GetTempPath(), "runtime-settings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = RuntimeSettingsFile.Write(folder);

            Assert.Equal(Path.Combine(folder, RuntimeSettingsFile.FileName), path);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(System.Runtime.GCSettings.IsServerGC, json.RootElement.GetProperty("gc").GetProperty("is_server_gc").GetBoolean());
            Assert.Equal([RuntimeSettingsFile.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "--artifacts", "/tmp/a", "--filter", "*" }, "/tmp/a")]
    [InlineData(new[] { "--artifacts=/tmp/b" }, "/tmp/b")]
    [InlineData(new[] { "--filter", "*" }, "/fallback")]
    public void The_artifacts_folder_is_the_one_benchmarkdotnet_writes_to(string[] args, string expected)
    {
        var (options, _) = BenchCommandLine.Parse(args);

        Assert.Equal(expected, BenchCommandLine.ArtifactsFolder(options!, "/fallback"));
    }
}
