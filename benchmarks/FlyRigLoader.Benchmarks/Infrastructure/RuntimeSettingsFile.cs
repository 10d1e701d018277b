using System.Collections;
using System.Runtime;
using System.Text;
using System.Text.Json;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// <c>runtime-settings.json</c>: the runtime settings this process really runs with, written into the <c>--artifacts</c>
/// folder before any benchmark runs, because the benchmarks run in this process (in-process toolchain). The gate reads
/// it beside BenchmarkDotNet's results and makes it part of the run's job, so a baseline measured with other settings
/// (tiered compilation off, another GC mode) is never taken for a comparable one. Fields: <c>app_context</c> (runtime
/// configuration switches, null when not set), <c>environment</c> (every <c>DOTNET_*</c>/<c>COMPlus_*</c> variable),
/// <c>gc</c> (the GC the process got).
/// </summary>
public static class RuntimeSettingsFile
{
    /// <summary>The file's name.</summary>
    public const string FileName = "runtime-settings.json";

    /// <summary>The format's version (the gate reads this one).</summary>
    public const int SchemaVersion = 1;

    /// <summary>The runtime configuration switches recorded: those measured to move the suite's timings.</summary>
    public static readonly IReadOnlyList<string> AppContextNames =
    [
        "System.Runtime.TieredCompilation",
        "System.Runtime.TieredPGO",
        "System.Runtime.TieredCompilation.QuickJitForLoops",
        "System.GC.RetainVM",
        "System.GC.Server",
        "System.GC.Concurrent",
        "System.GC.Gen0Size",
    ];

    /// <summary>Writes this process's settings into <paramref name="artifactsFolder"/> (temp file, then rename); returns the path.</summary>
    public static string Write(string artifactsFolder)
    {
        ArgumentNullException.ThrowIfNull(artifactsFolder);
        Directory.CreateDirectory(artifactsFolder);
        var path = Path.Combine(artifactsFolder, FileName);
        var temp = Path.Combine(artifactsFolder, $".{FileName}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, Render(AppContext.GetData, Environment.GetEnvironmentVariables(), GCSettings.IsServerGC, GCSettings.LatencyMode.ToString()));
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>The file's text for the given facts (pure).</summary>
    public static string Render(Func<string, object?> appContext, IDictionary environment, bool isServerGc, string latencyMode)
    {
        ArgumentNullException.ThrowIfNull(appContext);
        ArgumentNullException.ThrowIfNull(environment);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("schema_version", SchemaVersion);
            json.WriteStartObject("app_context");
            foreach (var name in AppContextNames)
            {
                if (appContext(name) is { } raw && Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture) is { } value)
                {
                    json.WriteString(name, value);
                }
                else
                {
                    json.WriteNull(name);
                }
            }

            json.WriteEndObject();
            json.WriteStartObject("environment");
            var variables = environment.Cast<DictionaryEntry>()
                .Select(e => (Name: e.Key as string, Value: e.Value as string))
                .Where(e => e.Name is not null && e.Value is not null && IsRuntimeVariable(e.Name))
                .OrderBy(e => e.Name, StringComparer.Ordinal);
            foreach (var (name, value) in variables)
            {
                json.WriteString(name!, value);
            }

            json.WriteEndObject();
            json.WriteStartObject("gc");
            json.WriteBoolean("is_server_gc", isServerGc);
            json.WriteString("latency_mode", latencyMode);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static bool IsRuntimeVariable(string name) =>
        name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("COMPlus_", StringComparison.OrdinalIgnoreCase);
}
