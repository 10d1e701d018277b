using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Accuracy.Flavours;

/// <summary>
/// Makes an accuracy flavour: copies the library and the suite from the work tree to
/// <c>artifacts/accuracy/flavours/&lt;name&gt;-&lt;hash&gt;/</c>, rewrites the target benchmark there, and builds it
/// (Release, like the shipped suite; analyzers off, since they change no IL and the flavour is never shipped). A flavour
/// whose content hash matches a complete earlier build is reused as it is; a new build replaces older builds of its name.
/// </summary>
internal static class FlavourBuilder
{
    /// <summary>The file that marks a complete build (written last, atomically).</summary>
    public const string MarkerFile = "flavour.json";

    /// <summary>Where flavours live under the artifacts folder.</summary>
    public static string Folder(string artifacts) => Path.Combine(artifacts, "accuracy", "flavours");

    /// <summary>The built suite inside a flavour folder.</summary>
    public static string DllIn(string directory) =>
        Path.Combine(directory, "artifacts", "bin", "FlyRigLoader.Benchmarks", "release", "FlyRigLoader.Benchmarks.dll");

    /// <summary>Returns the flavour <paramref name="name"/> of the work tree at <paramref name="root"/>, building it when no complete build has its hash.</summary>
    /// <exception cref="GateInputException">The target matches no or several benchmark methods, or the build failed.</exception>
    public static Flavour Ensure(string root, string flavoursFolder, string name, InjectionSpec spec, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(flavoursFolder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(log);
        spec = spec.Validated();
        var files = FlavourSources.Read(root);
        var rewrite = spec.IsIdentity ? null : BenchmarkMethodRewriter.Rewrite([.. files.Where(f => f.RelativePath.StartsWith("benchmarks/", StringComparison.Ordinal))], spec);
        var hash = FlavourSources.ContentHash(files, spec);
        var directory = Path.Combine(flavoursFolder, $"{name}-{hash[..12]}");
        var dll = DllIn(directory);
        var marker = Path.Combine(directory, MarkerFile);
        if (MarkedHash(marker) == hash && File.Exists(dll))
        {
            log.WriteLine($"flavour {name} ({spec.Describe()}{(rewrite is null ? "" : " on " + rewrite.MethodFullName)}): cached build {directory}");
            return new Flavour(name, spec, hash, directory, dll, rewrite?.MethodFullName, Cached: true);
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var replaced = (rewrite?.Files ?? []).ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        foreach (var file in files.Where(f => !replaced.ContainsKey(f.RelativePath)).Concat(replaced.Values))
        {
            var target = Path.Combine(directory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, file.Text);
        }

        log.WriteLine($"flavour {name} ({spec.Describe()}{(rewrite is null ? "" : " on " + rewrite.MethodFullName)}): building {directory}");
        var project = Path.Combine(directory, "benchmarks", "FlyRigLoader.Benchmarks", "FlyRigLoader.Benchmarks.csproj");
        var build = ChildProcess.Capture(new CommandLine("dotnet", BuildArguments(project), directory), TimeSpan.FromMinutes(20));
        var buildLog = Path.Combine(directory, "build.log");
        File.WriteAllText(buildLog, build.Combined);
        if (build.ExitCode != 0 || !File.Exists(dll))
        {
            var tail = build.Combined.Trim();
            throw new GateInputException(directory, string.Create(CultureInfo.InvariantCulture,
                $"building flavour {name} failed (exit {build.ExitCode}); log {buildLog}: {(tail.Length > 800 ? tail[^800..] : tail)}"));
        }

        // One build per flavour name is enough to reuse; older ones (other sources) only take space (~40 MB each).
        foreach (var older in Directory.EnumerateDirectories(flavoursFolder, name + "-*").Where(d => d != directory && Path.GetFileName(d).Length == name.Length + 13))
        {
            Directory.Delete(older, recursive: true);
        }

        AtomicFile.WriteAllText(marker, ReportJson.Serialize(new
        {
            hash,
            name,
            injection = spec.Describe(),
            target = rewrite?.MethodFullName,
            factor = spec.Factor,
            extra_bytes = spec.ExtraBytes,
            built = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        }));
        return new Flavour(name, spec, hash, directory, dll, rewrite?.MethodFullName, Cached: false);
    }

    /// <summary>The build command's arguments after <c>dotnet</c> (pure).</summary>
    public static IReadOnlyList<string> BuildArguments(string project) =>
        ["build", project, "-c", "Release", "-nologo", "-v", "quiet", "-p:RunAnalyzers=false", "-p:TreatWarningsAsErrors=false", "-p:EnforceCodeStyleInBuild=false", "-p:GenerateDocumentationFile=false"];

    private static string? MarkedHash(string marker)
    {
        if (!File.Exists(marker))
        {
            return null;
        }

        try
        {
            return (string?)JObject.Parse(File.ReadAllText(marker))["hash"];
        }
        catch (JsonException)
        {
            // A damaged marker only means the flavour is built again.
            return null;
        }
    }
}
