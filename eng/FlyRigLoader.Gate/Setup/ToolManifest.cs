using FlyRigLoader.Gate.Contracts;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Setup;

/// <summary>Reads tool pins from <c>.config/dotnet-tools.json</c> and versions from <c>dotnet tool list --local</c>.</summary>
internal static class ToolManifest
{
    /// <summary>Tool id → pinned version.</summary>
    public static IReadOnlyDictionary<string, string> ReadPins(string manifestJson, string sourceName)
    {
        try
        {
            var tools = JObject.Parse(manifestJson)["tools"] as JObject
                ?? throw new GateInputException(sourceName, "no \"tools\" object");
            return tools.Properties().ToDictionary(
                p => p.Name.ToLowerInvariant(),
                p => (string?)p.Value["version"] ?? throw new GateInputException(sourceName, $"tool {p.Name} has no version"),
                StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new GateInputException(sourceName, $"invalid JSON: {e.Message}", e);
        }
    }

    /// <summary>Parses the table printed by <c>dotnet tool list --local</c> (columns: package id, version, commands, manifest).</summary>
    public static IReadOnlyDictionary<string, string> ParseToolList(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split('\n')
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cols => cols.Length >= 2 && char.IsDigit(cols[1][0]))
            .ToDictionary(cols => cols[0].ToLowerInvariant(), cols => cols[1], StringComparer.Ordinal);
    }
}
