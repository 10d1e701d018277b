using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.Core.Tests.Jobs;

public sealed class RuntimeKnobsTests
{
    private static RuntimeSnapshot Snapshot(Dictionary<string, string?>? appContext = null, Dictionary<string, string>? environment = null, bool? server = false, string? latency = "Batch") =>
        new(appContext ?? [], environment ?? [], server, latency);

    [Fact]
    public void Every_named_knob_appears_unset_when_nothing_sets_it()
    {
        var map = RuntimeKnobs.JobMap(Snapshot());

        Assert.Equal(JobIdentity.Unset, map["TieredCompilation"]);
        Assert.Equal(JobIdentity.Unset, map["GCgen0size"]);
        Assert.Equal("false", map["ServerGC"]);
        Assert.Equal("Batch", map["GCLatencyMode"]);
    }

    [Fact]
    public void An_environment_variable_wins_over_the_runtime_configuration_and_dotnet_over_complus()
    {
        var map = RuntimeKnobs.JobMap(Snapshot(
            new Dictionary<string, string?> { ["System.Runtime.TieredCompilation"] = "true", ["System.GC.RetainVM"] = "true" },
            new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0", ["COMPlus_TieredPGO"] = "1", ["DOTNET_TieredPGO"] = "0" }));

        Assert.Equal("0", map["TieredCompilation"]);
        Assert.Equal("0", map["TieredPGO"]);
        Assert.Equal("true", map["GCRetainVM"]);
    }

    [Fact]
    public void Other_runtime_knobs_join_the_map_and_host_and_sdk_variables_do_not()
    {
        var map = RuntimeKnobs.JobMap(Snapshot(environment: new Dictionary<string, string>
        {
            ["DOTNET_GCHeapHardLimit"] = "0x10000000", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_ROOT"] = "/usr/share/dotnet",
            ["DOTNET_NOLOGO"] = "true", ["DOTNET_HOST_PATH"] = "/usr/bin/dotnet", ["DOTNET_gcServer"] = "1",
        }));

        Assert.Equal("0x10000000", map["GCHeapHardLimit"]);
        Assert.Equal("false", map["ServerGC"]);
        Assert.DoesNotContain(map.Keys, k => k.StartsWith("CLI_", StringComparison.Ordinal) || k is "ROOT" or "NOLOGO" or "HOST_PATH" or "gcServer");
    }

    [Fact]
    public void An_unrecorded_runtime_is_an_empty_map()
    {
        Assert.Empty(RuntimeKnobs.JobMap(null));
        Assert.False(RuntimeKnobs.IsRuntimeVariable("PATH"));
        Assert.True(RuntimeKnobs.IsRuntimeVariable("COMPlus_TieredCompilation"));
    }
}
