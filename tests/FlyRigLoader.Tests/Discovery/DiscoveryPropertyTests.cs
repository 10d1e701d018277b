using CsCheck;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>On random real trees, discovery equals a naive enumerate-everything-then-filter reference.</summary>
public class DiscoveryPropertyTests
{
    private static readonly Gen<string> Name = Gen.Select(Gen.String[Gen.Char["abt_"], 1, 4], Gen.OneOfConst(".pkl", ".PKL", ".csv", ".pkl.gz", "", ".tmp"))
        .Select((stem, ext) => stem + ext);

    private static readonly Gen<string[]> RelativeFiles = Gen.Select(Gen.String[Gen.Char["ab"], 1, 2].Array[0, 3], Name)
        .Select((dirs, name) => string.Join('/', [.. dirs.Select(d => "d" + d), name]))
        .Array[1, 12];

    private static readonly Gen<DiscoveryRequest> Requests = Gen.Select(
            Gen.OneOfConst("*", "*.pkl", "**/*", "da/*", "**/da/*", "d?/**/*.csv", "*a*"),
            Gen.Bool,
            Gen.Int[0, 3].Select(i => i switch { 0 => null, 1 => ["pkl"], 2 => [".pkl.gz", "csv"], _ => (string[]?)[] }),
            Gen.Int[0, 2].Select(i => i switch { 0 => [], 1 => ["*t*"], _ => (string[])["a*", "*.tmp"] }),
            Gen.Int[0, 2].Select(i => i switch { 0 => [], 1 => ["db/"], _ => (string[])["_", "b."] }))
        .Select((pattern, recursive, extensions, ignore, mandatory) => new DiscoveryRequest
        {
            Directories = ["."],
            Pattern = pattern,
            Recursive = recursive,
            Extensions = extensions,
            IgnoreGlobs = ignore,
            MandatorySubstrings = mandatory,
        });

    [Fact]
    public void Discover_equals_naive_reference_on_random_trees()
    {
        Gen.Select(RelativeFiles, Requests).Sample(
            (files, request) =>
            {
                using var tree = new TempTree();
                foreach (var file in files.Distinct(StringComparer.Ordinal))
                {
                    // A file name may equal a directory name elsewhere in the sample; such clashes are simply skipped.
                    if (!Directory.Exists(tree[file]) && !IsUnderFile(tree, file))
                    {
                        tree.Files(file);
                    }
                }

                var actual = FileDiscoverer.Discover(request with { Directories = [tree.Root] });

                Assert.Equal(Reference(tree.Root, request), actual.Paths);
                Assert.Empty(actual.Warnings);
            },
            iter: 60);
    }

    private static bool IsUnderFile(TempTree tree, string relative)
    {
        var dir = Path.GetDirectoryName(tree[relative]);
        while (dir is not null && dir.Length > tree.Root.Length)
        {
            if (File.Exists(dir))
            {
                return true;
            }

            dir = Path.GetDirectoryName(dir);
        }

        return false;
    }

    private static List<string> Reference(string root, DiscoveryRequest request)
    {
        var glob = PathPatternTests.Reference(request.Pattern, request.Recursive);
        var result = new List<string>();
        foreach (var path in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var name = Path.GetFileName(path);
            var keep = glob.IsMatch(relative)
                && (request.Extensions is null || request.Extensions.Any(e => path.ToLowerInvariant().EndsWith(e.StartsWith('.') ? e.ToLowerInvariant() : "." + e.ToLowerInvariant(), StringComparison.Ordinal)))
                && !request.IgnoreGlobs.Any(g => ReferenceGlob.IsMatch(g, name))
                && (request.MandatorySubstrings.Count == 0 || request.MandatorySubstrings.Any(m => path.Contains(m, StringComparison.Ordinal)));
            if (keep)
            {
                result.Add(path);
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }
}
