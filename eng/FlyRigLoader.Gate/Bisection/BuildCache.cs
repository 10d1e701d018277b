using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Json;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>
/// The suite built once per commit: <c>artifacts/bisect/builds/&lt;sha&gt;/&lt;configuration&gt;/</c> holds the build output
/// and <c>build.json</c> (whether it built, and the log's tail when not), reused by later steps and later runs. Each commit
/// is checked out in a worktree under <c>artifacts/bisect/worktrees/</c>, built, copied here and its worktree removed. A
/// folder is complete or absent: it is assembled under a temporary name and renamed.
/// </summary>
internal sealed class BuildCache
{
    private const string MarkerName = "build.json";

    private readonly BuildPaths _paths;
    private readonly string _configuration;
    private readonly TextWriter _output;

    /// <summary>A cache for <paramref name="paths"/>' repository, building in <paramref name="configuration"/>.</summary>
    public BuildCache(BuildPaths paths, string configuration, TextWriter output)
    {
        _paths = paths ?? throw new ArgumentNullException(nameof(paths));
        _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        _output = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>The folder of <paramref name="sha"/>'s build.</summary>
    public string Folder(string sha) => Path.Combine(_paths.Artifacts, "bisect", "builds", sha, _configuration.ToLowerInvariant());

    /// <summary>The suite at <paramref name="sha"/>: from the cache, else built now (a build failure is cached too).</summary>
    /// <exception cref="GateInputException">The commit could not be checked out (git refused).</exception>
    public CachedBuild Get(string sha)
    {
        ArgumentNullException.ThrowIfNull(sha);
        var folder = Folder(sha);
        if (Read(folder, sha) is { } cached)
        {
            _output.WriteLine(cached.Dll is not null ? $"{sha[..12]}: build cached in {folder}" : $"{sha[..12]}: known not to build (cached in {folder}; delete it to try again)");
            return cached;
        }

        var tree = Path.Combine(_paths.Artifacts, "bisect", "worktrees", sha[..12]);
        GitWorkTree.AddDetached(_paths.Root, tree, sha);
        var watch = Stopwatch.StartNew();
        try
        {
            string? failure = null;
            string? built = null;
            try
            {
                built = SuiteBuild.Build(tree, _configuration, _output);
            }
            catch (GateInputException e)
            {
                failure = e.Problem;
            }

            var seconds = watch.Elapsed.TotalSeconds;
            Store(folder, sha, built is null ? null : Path.GetDirectoryName(built)!, failure, seconds);
            return new CachedBuild(sha, built is null ? null : Path.Combine(folder, Path.GetFileName(built)), failure, false, seconds);
        }
        finally
        {
            GitWorkTree.Remove(_paths.Root, tree);
        }
    }

    private static CachedBuild? Read(string folder, string sha)
    {
        var marker = Path.Combine(folder, MarkerName);
        if (!File.Exists(marker))
        {
            return null;
        }

        try
        {
            var json = JsonText.ParseObject(File.ReadAllText(marker), marker);
            var dll = Path.Combine(folder, "FlyRigLoader.Benchmarks.dll");
            return (bool?)json["succeeded"] switch
            {
                true when File.Exists(dll) => new CachedBuild(sha, dll, null, true, 0),
                false => new CachedBuild(sha, null, (string?)json["failure"] ?? "the build failed", true, 0),
                _ => null,
            };
        }
        catch (GateInputException)
        {
            // A marker that does not parse is no cache entry: the commit is built again and the folder replaced.
            return null;
        }
    }

    private static void Store(string folder, string sha, string? output, string? failure, double seconds)
    {
        var temp = AtomicFile.TempSibling(folder);
        Directory.CreateDirectory(temp);
        try
        {
            if (output is not null)
            {
                CopyTree(output, temp);
            }

            var marker = new Dictionary<string, object?>
            {
                ["sha"] = sha,
                ["succeeded"] = failure is null,
                ["failure"] = failure,
                ["built_utc"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                ["build_seconds"] = Math.Round(seconds, 1),
            };
            File.WriteAllText(Path.Combine(temp, MarkerName), ReportJson.Serialize(marker));
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(temp, folder);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
