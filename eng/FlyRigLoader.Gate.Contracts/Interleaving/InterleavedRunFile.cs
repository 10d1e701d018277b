using System.Globalization;
using System.Text.Json;

namespace FlyRigLoader.Gate.Contracts.Interleaving;

/// <summary>
/// The one reader and writer of <see cref="InterleavedRun"/> files (System.Text.Json, snake_case). The reader checks what
/// the gate relies on and fails closed: anything malformed is a <see cref="GateInputException"/> naming the file.
/// </summary>
public static class InterleavedRunFile
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The file's text.</summary>
    public static string Serialize(InterleavedRun run) => JsonSerializer.Serialize(run, Options);

    /// <summary>The cases of <paramref name="path"/>.</summary>
    /// <exception cref="GateInputException">Missing, not JSON, another schema version, no cases, or a malformed case.</exception>
    public static IReadOnlyList<InterleavedCase> ReadCases(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "interleaved result not found");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new GateInputException(path, "interleaved result is not valid JSON: " + e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GateInputException(path, "interleaved result is not valid JSON: the root is not an object");
            }

            if (Int(root, "schema_version") != InterleavedRun.CurrentSchemaVersion)
            {
                throw new GateInputException(path, string.Create(CultureInfo.InvariantCulture, $"interleaved result schema_version must be {InterleavedRun.CurrentSchemaVersion}"));
            }

            if (!root.TryGetProperty("cases", out var cases) || cases.ValueKind != JsonValueKind.Array || cases.GetArrayLength() == 0)
            {
                throw new GateInputException(path, "interleaved result has no cases");
            }

            return cases.EnumerateArray().Select((c, i) => c.ValueKind == JsonValueKind.Object ? Case(c, path, i) : throw Bad(path, i, "is not an object")).ToList();
        }
    }

    private static InterleavedCase Case(JsonElement c, string path, int index)
    {
        var name = Text(c, "full_name") is { Length: > 0 } n ? n : throw Bad(path, index, "has no full_name");
        var errors = c.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
            ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var (a, b) = (Side(c, "a", path, name), Side(c, "b", path, name));
        if (a is not null && b is not null && a.SamplesNs.Count != b.SamplesNs.Count)
        {
            throw new GateInputException(path, $"{name}: A has {a.SamplesNs.Count} batches and B {b.SamplesNs.Count}; interleaved pairs must match");
        }

        var jitSettled = c.TryGetProperty("jit_settled", out var j) && j.ValueKind == JsonValueKind.True;
        var operations = c.TryGetProperty("operations_per_batch", out var o) && o.TryGetInt64(out var ops) ? ops : 0;
        var warmup = Number(c, "warmup_milliseconds") is { } w && double.IsFinite(w) ? w : 0.0;
        return new InterleavedCase(name, a, b, operations, warmup, jitSettled, errors);
    }

    private static InterleavedSide? Side(JsonElement c, string property, string path, string name)
    {
        if (!c.TryGetProperty(property, out var side) || side.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var samples = side.ValueKind == JsonValueKind.Object && side.TryGetProperty("samples_ns", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN).ToList()
            : [];
        if (samples.Count == 0 || samples.Any(v => !double.IsFinite(v) || v <= 0))
        {
            throw new GateInputException(path, $"{name}: samples_ns must be a non-empty list of positive numbers");
        }

        var bytes = Number(side, "allocated_bytes_per_op") ?? double.NaN;
        return double.IsFinite(bytes) && bytes >= 0
            ? new InterleavedSide(samples, bytes)
            : throw new GateInputException(path, $"{name}: allocated_bytes_per_op must be a number >= 0");
    }

    private static double? Number(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static int? Int(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static GateInputException Bad(string path, int index, string problem) =>
        new(path, string.Create(CultureInfo.InvariantCulture, $"case #{index + 1} {problem}"));
}
