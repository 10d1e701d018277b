using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>The retention policies of every artifact category, read from one file (<c>build/retention-policies.json</c>).</summary>
/// <param name="Policies">One policy per category; folders are distinct and none contains another.</param>
internal sealed record RetentionPolicySet(IReadOnlyList<RetentionPolicy> Policies)
{
    /// <summary>The supported <c>schema_version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads and validates a policy file.</summary>
    /// <exception cref="GateInputException">The file is missing, malformed or names an unsafe folder.</exception>
    public static RetentionPolicySet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GateInputException(path, $"cannot read the retention policy file ({e.Message})", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates policy JSON; <paramref name="sourceName"/> names the file in errors.</summary>
    /// <exception cref="GateInputException">The JSON is malformed or a policy is invalid.</exception>
    public static RetentionPolicySet Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var root = JsonText.ParseObject(json, sourceName);

        if (root.Value<int?>("schema_version") is not SchemaVersion)
        {
            throw new GateInputException(sourceName, $"schema_version must be {SchemaVersion}");
        }

        if (root["policies"] is not JArray items || items.Count == 0)
        {
            throw new GateInputException(sourceName, "'policies' must be a non-empty array");
        }

        var policies = items.Select((item, i) => ReadPolicy(item, i, sourceName)).ToList();
        CheckDistinct(policies, sourceName);
        return new RetentionPolicySet(policies);
    }

    private static RetentionPolicy ReadPolicy(JToken item, int index, string sourceName)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"policies[{index}]");
        if (item is not JObject o)
        {
            throw new GateInputException(sourceName, $"{where} must be an object");
        }

        var category = o.Value<string>("category");
        var folder = o.Value<string>("folder");
        if (string.IsNullOrWhiteSpace(category) || string.IsNullOrWhiteSpace(folder))
        {
            throw new GateInputException(sourceName, $"{where} needs 'category' and 'folder'");
        }

        var problem = FolderProblem(folder);
        if (problem is not null)
        {
            throw new GateInputException(sourceName, $"{where} folder '{folder}' {problem}");
        }

        var days = PositiveInt(o, "retention_days", where, sourceName);
        var max = PositiveInt(o, "max_files", where, sourceName);
        return new RetentionPolicy(category, folder.Trim('/'), days, max);
    }

    private static int PositiveInt(JObject o, string name, string where, string sourceName) =>
        o[name] is { Type: JTokenType.Integer } token && token.Value<long>() is > 0 and <= int.MaxValue
            ? token.Value<int>()
            : throw new GateInputException(sourceName, $"{where}.{name} must be a positive whole number");

    /// <summary>Why a policy folder is unsafe, or null: it must stay inside artifacts/ and never be a baseline folder.</summary>
    private static string? FolderProblem(string folder)
    {
        if (Path.IsPathRooted(folder) || folder.Contains('\\', StringComparison.Ordinal))
        {
            return "must be relative to artifacts/ with forward slashes";
        }

        var parts = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is "." or ".."))
        {
            return "must name a folder inside artifacts/ without '.' or '..'";
        }

        // Committed baselines live in baselines/; an artifacts/baselines folder would invite confusing the two.
        if (string.Equals(parts[0], "baselines", StringComparison.OrdinalIgnoreCase)
            || string.Equals(parts[0], "bin", StringComparison.OrdinalIgnoreCase)
            || string.Equals(parts[0], "obj", StringComparison.OrdinalIgnoreCase))
        {
            return "is reserved (baselines and build outputs are never subject to retention)";
        }

        return null;
    }

    private static void CheckDistinct(List<RetentionPolicy> policies, string sourceName)
    {
        for (var i = 0; i < policies.Count; i++)
        {
            for (var j = 0; j < policies.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var a = policies[i].Folder + "/";
                var b = policies[j].Folder + "/";
                if (string.Equals(policies[i].Category, policies[j].Category, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase))
                {
                    throw new GateInputException(sourceName, $"policies '{policies[i].Category}' and '{policies[j].Category}' overlap: each category needs its own folder");
                }
            }
        }
    }
}
