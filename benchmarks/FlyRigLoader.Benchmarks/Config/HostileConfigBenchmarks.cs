using BenchmarkDotNet.Attributes;
using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Benchmarks.Config;

/// <summary>
/// CONFIG-HOSTILE: refusing a config built to blow up a YAML loader must stay cheap. Each benchmark returns the error
/// code, and fails (throws) should the file ever load.
/// </summary>
[BenchmarkCategory(Categories.Config)]
public class HostileConfigBenchmarks
{
    private string _aliases = "";
    private string _flow = "";
    private string _block = "";

    [GlobalSetup]
    public void Setup()
    {
        _aliases = BenchmarkData.HostileConfig("nested_aliases.yaml");
        _flow = BenchmarkData.HostileConfig("deep_flow.yaml");
        _block = BenchmarkData.HostileConfig("deep_block.yaml");
    }

    /// <summary>Ten levels of ten aliases each in 590 bytes (10^10 nodes if expanded).</summary>
    [Benchmark]
    public string RefuseNestedAliases()
    {
        return Refusal(_aliases);
    }

    /// <summary>20,000 nested flow lists.</summary>
    [Benchmark]
    public string RefuseDeepFlowNesting()
    {
        return Refusal(_flow);
    }

    /// <summary>4,000 nested block mappings (16 MB of indentation).</summary>
    [Benchmark]
    public string RefuseDeepBlockNesting()
    {
        return Refusal(_block);
    }

    private static string Refusal(string path)
    {
        try
        {
            ConfigLoader.LoadFile(path);
        }
        catch (ConfigException ex)
        {
            return ex.Code;
        }

        throw new InvalidOperationException($"{path} loaded; the hostile config must be refused");
    }
}
