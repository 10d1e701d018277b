using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace FlyRigLoader.Gate.Contracts;

/// <summary>The one JSON dialect of every file the gate writes: snake_case, enums as strings, invariant numbers.</summary>
public static class ReportJson
{
    /// <summary>Shared serializer settings.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        Converters = { new StringEnumConverter() },
        Formatting = Formatting.Indented,
        Culture = CultureInfo.InvariantCulture,
        NullValueHandling = NullValueHandling.Include,
        FloatFormatHandling = FloatFormatHandling.DefaultValue,
        DateParseHandling = DateParseHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    /// <summary>Serializes <paramref name="value"/>.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);
}
