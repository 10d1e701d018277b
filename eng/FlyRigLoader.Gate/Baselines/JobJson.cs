using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Baselines;

/// <summary>A run's <c>job</c> object in a baseline file: <c>profile</c>, <c>bdn_job</c>, <c>launches</c>, <c>runtime</c>, <c>key</c>.</summary>
internal static class JobJson
{
    /// <summary>The object written (the key is derived, written for people reading the file).</summary>
    public static JObject ToJson(JobIdentity job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new JObject
        {
            ["profile"] = job.Profile,
            ["bdn_job"] = job.BdnJob,
            ["launches"] = job.Launches,
            ["runtime"] = new JObject(job.Runtime.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new JProperty(kv.Key, kv.Value))),
            ["key"] = job.Key,
        };
    }

    /// <summary>Reads the object at <paramref name="at"/>; the key is recomputed from the fields, never trusted.</summary>
    /// <exception cref="GateInputException">Not an object, or a field is missing or of the wrong type.</exception>
    public static JobIdentity Parse(JToken? token, string at, string source)
    {
        if (token is not JObject job)
        {
            throw new GateInputException(source, $"{at} has no 'job' object (schema_version 2 records the job of every run)");
        }

        var profile = job["profile"]?.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)job["profile"])
            ? (string)job["profile"]! : throw new GateInputException(source, $"{at}.job.profile must be a non-empty string");
        var bdnJob = job["bdn_job"]?.Type == JTokenType.String ? (string)job["bdn_job"]! : throw new GateInputException(source, $"{at}.job.bdn_job must be a string");
        var launches = job["launches"]?.Type == JTokenType.Integer && (long)job["launches"]! is >= 1 and <= int.MaxValue
            ? (int)job["launches"]! : throw new GateInputException(source, $"{at}.job.launches must be a positive integer");
        if (job["runtime"] is not JObject runtime)
        {
            throw new GateInputException(source, $"{at}.job.runtime must be an object of setting -> value");
        }

        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in runtime.Properties())
        {
            settings[property.Name] = property.Value.Type == JTokenType.String
                ? (string)property.Value!
                : throw new GateInputException(source, string.Create(CultureInfo.InvariantCulture, $"{at}.job.runtime.{property.Name} must be a string"));
        }

        return new JobIdentity(profile, bdnJob, launches, settings);
    }
}
