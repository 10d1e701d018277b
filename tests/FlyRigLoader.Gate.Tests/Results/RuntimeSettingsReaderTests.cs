using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Results;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Results;

public sealed class RuntimeSettingsReaderTests
{
    private const string Written = """
        {
          "schema_version": 1,
          "app_context": { "System.Runtime.TieredCompilation": null, "System.GC.Server": "false", "System.GC.Concurrent": false },
          "environment": { "DOTNET_TieredPGO": "0", "COMPlus_GCgen0size": "0x4000000" },
          "gc": { "is_server_gc": false, "latency_mode": "Batch" }
        }
        """;

    [Fact]
    public void Reads_the_switches_the_variables_and_the_gc_the_suite_recorded()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("runtime-settings.json", Written);

        var snapshot = RuntimeSettingsReader.Read(path);

        Assert.Null(snapshot.AppContext["System.Runtime.TieredCompilation"]);
        Assert.Equal("false", snapshot.AppContext["System.GC.Server"]);
        Assert.Equal("False", snapshot.AppContext["System.GC.Concurrent"]);
        Assert.Equal("0", snapshot.Environment["DOTNET_TieredPGO"]);
        Assert.False(snapshot.IsServerGc);
        Assert.Equal("Batch", snapshot.LatencyMode);
    }

    [Fact]
    public void Finds_the_file_in_the_artifacts_folder_from_the_results_folder_and_nothing_where_there_is_none()
    {
        using var dir = new TempDirectory();
        dir.Write("bdn/runtime-settings.json", Written);
        Directory.CreateDirectory(dir.Combine("bdn", "results"));

        Assert.NotNull(RuntimeSettingsReader.Find(dir.Combine("bdn", "results")));
        Assert.NotNull(RuntimeSettingsReader.Find(dir.Combine("bdn")));
        Assert.Null(RuntimeSettingsReader.Find(dir.Path));
    }

    [Theory]
    [InlineData("{ \"schema_version\": 2, \"app_context\": {}, \"environment\": {}, \"gc\": {} }", "unsupported schema_version")]
    [InlineData("{ \"schema_version\": 1, \"app_context\": {}, \"environment\": { \"DOTNET_X\": 1 }, \"gc\": {} }", "environment.DOTNET_X must be a string")]
    [InlineData("{ \"schema_version\": 1, \"environment\": {}, \"gc\": {} }", "'app_context' must be an object")]
    [InlineData("{ \"schema_version\": 1, \"app_context\": {}, \"environment\": {}, \"gc\": { \"is_server_gc\": \"no\" } }", "gc.is_server_gc must be a boolean")]
    [InlineData("{ nope", "not valid JSON")]
    public void A_malformed_file_is_an_error_naming_it(string json, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("runtime-settings.json", json);

        var e = Assert.Throws<GateInputException>(() => RuntimeSettingsReader.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }
}
