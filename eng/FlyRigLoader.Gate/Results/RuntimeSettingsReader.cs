using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Results;

/// <summary>
/// Reads <c>runtime-settings.json</c>, which the benchmark suite writes into its <c>--artifacts</c> folder when it starts:
/// the runtime settings its process really runs with (<c>app_context</c>: runtime configuration switches;
/// <c>environment</c>: every <c>DOTNET_*</c>/<c>COMPlus_*</c> variable; <c>gc</c>: the GC it got).
/// </summary>
internal static class RuntimeSettingsReader
{
    /// <summary>The file's name.</summary>
    public const string FileName = "runtime-settings.json";

    /// <summary>The schema version written and read.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The settings recorded beside BenchmarkDotNet's results: in <paramref name="folder"/> (the <c>--artifacts</c>
    /// folder) or its parent (when given the <c>results</c> folder). Null when the suite recorded none.
    /// </summary>
    /// <exception cref="GateInputException">The file exists but is malformed.</exception>
    public static RuntimeSnapshot? Find(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var directory = File.Exists(folder) ? Path.GetDirectoryName(Path.GetFullPath(folder))! : Path.GetFullPath(folder);
        foreach (var candidate in new[] { directory, Path.GetDirectoryName(directory) }.OfType<string>())
        {
            var path = Path.Combine(candidate, FileName);
            if (File.Exists(path))
            {
                return Read(path);
            }
        }

        return null;
    }

    /// <summary>Reads and checks one file.</summary>
    /// <exception cref="GateInputException">Missing, not JSON, another schema version, or a field of the wrong type.</exception>
    public static RuntimeSnapshot Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        JObject root;
        try
        {
            root = JToken.Parse(File.ReadAllText(path)) as JObject ?? throw new GateInputException(path, "runtime settings are not a JSON object");
        }
        catch (JsonReaderException e)
        {
            throw new GateInputException(path, "runtime settings are not valid JSON: " + e.Message, e);
        }
        catch (IOException e)
        {
            throw new GateInputException(path, "cannot read runtime settings: " + e.Message, e);
        }

        if (root["schema_version"]?.Type != JTokenType.Integer || (long)root["schema_version"]! != SchemaVersion)
        {
            throw new GateInputException(path, string.Create(CultureInfo.InvariantCulture, $"unsupported schema_version (expected {SchemaVersion})"));
        }

        var appContext = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in Object(root, "app_context", path).Properties())
        {
            appContext[property.Name] = property.Value.Type switch
            {
                JTokenType.Null => null,
                JTokenType.String or JTokenType.Boolean or JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)property.Value).Value, CultureInfo.InvariantCulture),
                _ => throw new GateInputException(path, $"app_context.{property.Name} must be a string, number, boolean or null"),
            };
        }

        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Object(root, "environment", path).Properties())
        {
            environment[property.Name] = property.Value.Type == JTokenType.String
                ? (string)property.Value!
                : throw new GateInputException(path, $"environment.{property.Name} must be a string");
        }

        var gc = Object(root, "gc", path);
        bool? server = gc["is_server_gc"]?.Type switch
        {
            JTokenType.Boolean => (bool)gc["is_server_gc"]!,
            null or JTokenType.Null => null,
            _ => throw new GateInputException(path, "gc.is_server_gc must be a boolean"),
        };
        var latency = gc["latency_mode"]?.Type switch
        {
            JTokenType.String => (string?)gc["latency_mode"],
            null or JTokenType.Null => null,
            _ => throw new GateInputException(path, "gc.latency_mode must be a string"),
        };
        return new RuntimeSnapshot(appContext, environment, server, latency);
    }

    private static JObject Object(JObject root, string name, string path) =>
        root[name] as JObject ?? throw new GateInputException(path, $"'{name}' must be an object");
}
