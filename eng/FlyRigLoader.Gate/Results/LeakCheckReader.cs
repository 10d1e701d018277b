using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Results;

/// <summary>Reads the leak-check JSON the benchmark exe writes with <c>--leak-check</c>.</summary>
internal static class LeakCheckReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="GateInputException">Missing file, invalid JSON or missing fields.</exception>
    public static LeakCheckResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "leak-check result not found (the benchmark exe did not write it)");
        }

        var o = JsonText.ParseObject(File.ReadAllText(path), path);

        double Num(JToken? t, string name) =>
            t is { Type: JTokenType.Float or JTokenType.Integer } ? (double)t : throw new GateInputException(path, $"'{name}' must be a number");
        IReadOnlyList<double> Arr(string name) =>
            o[name] is JArray a ? a.Select(v => Num(v, name + "[]")).ToList() : throw new GateInputException(path, $"'{name}' must be an array of numbers");
        JObject Fit(string name) => o[name] as JObject ?? throw new GateInputException(path, $"'{name}' must be an object with slope_mb_per_cycle, r_squared, p_value");

        if (o["schema_version"] is not { Type: JTokenType.Integer } v || (int)v != 1)
        {
            throw new GateInputException(path, "schema_version must be 1");
        }

        var managed = Fit("managed");
        var workingSet = Fit("working_set");
        return new LeakCheckResult(
            (int)Num(o["cycles"], "cycles"),
            Num(o["dataset_mb"], "dataset_mb"),
            Arr("managed_heap_mb"),
            Arr("working_set_mb"),
            Num(managed["slope_mb_per_cycle"], "managed.slope_mb_per_cycle"),
            Num(managed["p_value"], "managed.p_value"),
            Num(workingSet["slope_mb_per_cycle"], "working_set.slope_mb_per_cycle"),
            o["leak_detected"] is { Type: JTokenType.Boolean } l ? (bool)l : throw new GateInputException(path, "'leak_detected' must be true or false"),
            o["rule"]?.Type == JTokenType.String ? (string)o["rule"]! : "");
    }
}
