using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>Reads and checks the interleaved executor's result file; anything malformed is a <see cref="GateInputException"/> naming the file.</summary>
public static class InterleavedResultReader
{
    /// <summary>The result format this gate reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The cases of <paramref name="path"/>.</summary>
    public static IReadOnlyList<InterleavedCase> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "interleaved result not found");
        }

        JObject root;
        try
        {
            root = JObject.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new GateInputException(path, "interleaved result is not valid JSON: " + e.Message);
        }

        if ((int?)root["schema_version"] != SchemaVersion)
        {
            throw new GateInputException(path, string.Create(CultureInfo.InvariantCulture, $"interleaved result schema_version must be {SchemaVersion}"));
        }

        if (root["cases"] is not JArray cases || cases.Count == 0)
        {
            throw new GateInputException(path, "interleaved result has no cases");
        }

        return cases.Select((c, i) => Case(c as JObject ?? throw Bad(path, i, "is not an object"), path, i)).ToList();
    }

    private static InterleavedCase Case(JObject c, string path, int index)
    {
        var name = (string?)c["full_name"] is { Length: > 0 } n ? n : throw Bad(path, index, "has no full_name");
        var errors = c["errors"] is JObject e
            ? e.Properties().ToDictionary(p => p.Name, p => (string?)p.Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var (a, b) = (Side(c["a"], path, name), Side(c["b"], path, name));
        if (a is not null && b is not null && a.SamplesNs.Count != b.SamplesNs.Count)
        {
            throw new GateInputException(path, $"{name}: A has {a.SamplesNs.Count} batches and B {b.SamplesNs.Count}; interleaved pairs must match");
        }

        return new InterleavedCase(name, a, b, (bool?)c["jit_settled"] ?? false, errors);
    }

    private static InterleavedSide? Side(JToken? token, string path, string name)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        var samples = token["samples_ns"] is JArray s ? s.Select(v => v.Type is JTokenType.Float or JTokenType.Integer ? (double)v : double.NaN).ToList() : [];
        if (samples.Count == 0 || samples.Any(v => !double.IsFinite(v) || v <= 0))
        {
            throw new GateInputException(path, $"{name}: samples_ns must be a non-empty list of positive numbers");
        }

        var bytes = token["allocated_bytes_per_op"] is { Type: JTokenType.Float or JTokenType.Integer } b ? (double)b : double.NaN;
        return double.IsFinite(bytes) && bytes >= 0
            ? new InterleavedSide(samples, bytes)
            : throw new GateInputException(path, $"{name}: allocated_bytes_per_op must be a number >= 0");
    }

    private static GateInputException Bad(string path, int index, string problem) =>
        new(path, string.Create(CultureInfo.InvariantCulture, $"case #{index + 1} {problem}"));
}
