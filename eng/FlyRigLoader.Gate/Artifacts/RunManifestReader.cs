using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Reads the artifact manifest the Benchmarks target writes.</summary>
internal static partial class RunManifestReader
{
    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    /// <exception cref="GateInputException">Missing, malformed, or an entry without path, size or a SHA-256.</exception>
    public static RunManifest Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GateInputException(path, $"cannot read the artifact manifest ({e.Message}); run the Benchmarks target first", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses manifest JSON; <paramref name="sourceName"/> names the file in errors.</summary>
    public static RunManifest Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var root = JsonText.ParseObject(json, sourceName);

        var runId = root.Value<string>("run_id");
        if (string.IsNullOrEmpty(runId) || !SafeRunId().IsMatch(runId))
        {
            throw new GateInputException(sourceName, "'run_id' is missing or not a plain name (letters, digits, '.', '_', '-')");
        }

        if (root["files"] is not JArray files)
        {
            throw new GateInputException(sourceName, "'files' must be an array");
        }

        var entries = files.Select((f, i) => ReadEntry(f, i, sourceName)).ToList();
        var duplicate = entries.GroupBy(e => e.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new GateInputException(sourceName, $"'{duplicate.Key}' is listed twice");
        }

        return new RunManifest(runId, entries);
    }

    private static ManifestEntry ReadEntry(JToken token, int index, string sourceName)
    {
        var where = $"files[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
        var path = (token as JObject)?.Value<string>("path");
        var size = (token as JObject)?["size"] ?? (token as JObject)?["size_bytes"];
        var sha = (token as JObject)?.Value<string>("sha256");
        if (string.IsNullOrEmpty(path) || size is not { Type: JTokenType.Integer } || size.Value<long>() < 0 || sha is null || !Sha256Hex().IsMatch(sha))
        {
            throw new GateInputException(sourceName, $"{where} needs 'path', a non-negative integer 'size' and a 64-hex-digit 'sha256'");
        }

        // Entries may be written relative to the repository (artifacts/...) or to artifacts/ itself.
        var relative = path.Replace('\\', '/');
        relative = relative.StartsWith("artifacts/", StringComparison.Ordinal) ? relative["artifacts/".Length..] : relative;
        return new ManifestEntry(relative, size.Value<long>(), sha.ToLowerInvariant());
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SafeRunId();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
