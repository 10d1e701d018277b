using FlyRigLoader.Gate.Contracts;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Json;

/// <summary>Parses gate input JSON so that a syntax error names the file it came from.</summary>
internal static class JsonText
{
    /// <summary>Parses <paramref name="json"/> as a JSON object.</summary>
    /// <exception cref="GateInputException">Not valid JSON or not an object; names <paramref name="sourceName"/>.</exception>
    public static JObject ParseObject(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            return JObject.Parse(json);
        }
        catch (JsonException e)
        {
            throw new GateInputException(sourceName, $"not valid JSON: {e.Message}", e);
        }
    }
}
