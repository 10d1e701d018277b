using System.Xml.Linq;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Architecture;

/// <summary>Project references point one way: contracts ← core ← gate (host) ← Cake, and the helper processes see only the contracts.</summary>
public sealed class ProjectGraphTests
{
    /// <summary>Every project under src/ and eng/ and the only references it may have.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["FlyRigLoader"] = [],
        ["FlyRigLoader.Gate.Contracts"] = [],
        ["FlyRigLoader.Gate.Core"] = ["FlyRigLoader.Gate.Contracts"],
        ["FlyRigLoader.Gate"] = ["FlyRigLoader.Gate.Core"],
        ["FlyRigLoader.Gate.Accuracy"] = ["FlyRigLoader.Gate"],
        ["FlyRigLoader.Interleaving"] = ["FlyRigLoader.Gate.Contracts"],
        ["FlyRigLoader.Charts"] = ["FlyRigLoader.Gate.Contracts"],
    };

    private static Dictionary<string, string[]> Actual() =>
        new[] { "src", "eng" }.SelectMany(top => Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, top), "*.csproj", SearchOption.AllDirectories))
            .ToDictionary(
                p => Path.GetFileNameWithoutExtension(p),
                p => XDocument.Load(p).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!)).Order(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

    [Fact]
    public void Every_project_references_only_what_its_layer_allows()
    {
        var actual = Actual();

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(actual, p => Assert.Subset(Allowed[p.Key].ToHashSet(StringComparer.Ordinal), p.Value.ToHashSet(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_library_under_src_knows_nothing_of_the_tooling()
    {
        var src = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(["FlyRigLoader"], src);
        Assert.Empty(Actual()["FlyRigLoader"]);
    }

    [Fact]
    public void The_core_reads_no_file_runs_no_process_and_reads_no_environment()
    {
        var io = new System.Text.RegularExpressions.Regex(@"\b(File|Directory|FileInfo|DirectoryInfo|Process|ProcessStartInfo|Console|Environment|ZipFile|AtomicFile)\.|new (FileStream|StreamReader|StreamWriter)\b");
        var core = Path.Combine(RepoRoot.Path, "eng", "FlyRigLoader.Gate.Core");
        var files = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories).Where(p => !p.Contains("/obj/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(files.Where(f => io.IsMatch(File.ReadAllText(f))).Select(Path.GetFileName));
        Assert.Matches(io, "var x = File.ReadAllText(p);");
    }
}
