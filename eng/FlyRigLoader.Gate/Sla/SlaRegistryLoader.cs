using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Sla;

/// <summary>Reads and validates the SLA registry; every problem names the file and the JSON path.</summary>
internal static class SlaRegistryLoader
{
    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="GateInputException">Missing file, invalid JSON or a registry that breaks the schema.</exception>
    public static SlaRegistry Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "SLA registry not found (expected benchmarks/sla-registry.json)");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses registry text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="GateInputException">Invalid JSON or a registry that breaks the schema.</exception>
    public static SlaRegistry Parse(string json, string source)
    {
        JToken root;
        try
        {
            root = JToken.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new GateInputException(source, "not valid JSON: " + e.Message, e);
        }

        var problems = new List<string>();
        var registry = Read(root, problems);
        if (problems.Count > 0 || registry is null)
        {
            throw new GateInputException(source, "invalid SLA registry: " + string.Join("; ", problems));
        }

        return registry;
    }

    private static SlaRegistry? Read(JToken root, List<string> problems)
    {
        if (root is not JObject obj)
        {
            problems.Add("top level must be an object");
            return null;
        }

        Unknown(obj, "", problems, "schema_version", "slas", "$schema", "description");
        if (obj["schema_version"] is not { Type: JTokenType.Integer } version || (int)version != SlaRegistry.CurrentSchemaVersion)
        {
            problems.Add($"schema_version must be {SlaRegistry.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture)}");
        }

        if (obj["slas"] is not JArray slas)
        {
            problems.Add("slas must be an array");
            return null;
        }

        var list = new List<SlaDefinition>();
        for (var i = 0; i < slas.Count; i++)
        {
            var at = $"slas[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (ReadSla(slas[i], at, problems) is { } sla)
            {
                if (list.Any(s => s.Id == sla.Id))
                {
                    problems.Add($"{at}.id '{sla.Id}' is used twice");
                }

                list.Add(sla);
            }
        }

        return new SlaRegistry(SlaRegistry.CurrentSchemaVersion, list);
    }

    private static SlaDefinition? ReadSla(JToken token, string at, List<string> problems)
    {
        if (token is not JObject o)
        {
            problems.Add($"{at} must be an object");
            return null;
        }

        var before = problems.Count;
        Unknown(o, at + ".", problems, "id", "description", "metric", "threshold", "unit", "scale", "benchmarks", "normalized");
        var id = Text(o, "id", at, problems);
        var description = Text(o, "description", at, problems);
        var metric = Text(o, "metric", at, problems);
        var unit = Text(o, "unit", at, problems);
        var threshold = o["threshold"] is { Type: JTokenType.Integer or JTokenType.Float } t && (double)t > 0 && double.IsFinite((double)t)
            ? (double)t : Problem(problems, $"{at}.threshold must be a positive number");
        var units = metric is null ? null : SlaUnits.For(metric);
        if (metric is not null && units is null)
        {
            problems.Add($"{at}.metric '{metric}' must be one of {string.Join(", ", SlaUnits.Metrics)}");
        }
        else if (units is not null && unit is not null && !units.ContainsKey(unit))
        {
            problems.Add($"{at}.unit '{unit}' is not valid for metric {metric}; use {string.Join("|", units.Keys)}");
        }

        SlaScale? scale = null;
        if (o["scale"] is { Type: not JTokenType.Null } s)
        {
            if (s is JObject so && so["parameter"] is { Type: JTokenType.String } p && !string.IsNullOrWhiteSpace((string?)p)
                && so["per"] is { Type: JTokenType.Integer or JTokenType.Float } per && (double)per > 0)
            {
                Unknown(so, at + ".scale.", problems, "parameter", "per");
                scale = new SlaScale((string)p!, (double)per);
            }
            else
            {
                problems.Add($"{at}.scale must be {{\"parameter\": name, \"per\": positive number}}");
            }
        }

        var globs = new List<string>();
        if (o["benchmarks"] is JArray b && b.Count > 0 && b.All(g => g.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)g)))
        {
            globs.AddRange(b.Select(g => (string)g!));
        }
        else
        {
            problems.Add($"{at}.benchmarks must be a non-empty array of full-name globs");
        }

        var normalized = false;
        if (o["normalized"] is { Type: not JTokenType.Null } n)
        {
            if (n.Type != JTokenType.Boolean)
            {
                problems.Add($"{at}.normalized must be true or false");
            }
            else
            {
                normalized = (bool)n;
                if (normalized && metric is not null && metric != SlaUnits.Time)
                {
                    problems.Add($"{at}.normalized applies to time SLAs only (metric is {metric})");
                }
            }
        }

        return problems.Count > before ? null : new SlaDefinition(id!, description!, metric!, threshold, unit!, scale, globs, normalized);
    }

    private static string? Text(JObject o, string name, string at, List<string> problems)
    {
        if (o[name] is { Type: JTokenType.String } v && !string.IsNullOrWhiteSpace((string?)v))
        {
            return (string)v!;
        }

        problems.Add($"{at}.{name} must be a non-empty string");
        return null;
    }

    private static double Problem(List<string> problems, string message)
    {
        problems.Add(message);
        return double.NaN;
    }

    private static void Unknown(JObject o, string at, List<string> problems, params string[] known)
    {
        foreach (var p in o.Properties().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            problems.Add($"{at}{p.Name} is not a known property (known: {string.Join(", ", known)})");
        }
    }
}
