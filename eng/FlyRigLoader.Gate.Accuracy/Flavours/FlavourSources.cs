using System.Security.Cryptography;
using System.Text;

namespace FlyRigLoader.Gate.Accuracy.Flavours;

/// <summary>
/// The files a flavour copies from the work tree: the library, the suite and the build settings they compile with. The
/// copy is of the work tree as it is (uncommitted changes included), so a flavour differs from the shipped build only by
/// its rewrite.
/// </summary>
internal static class FlavourSources
{
    /// <summary>Folders copied whole (bin/ and obj/ left out).</summary>
    public static readonly IReadOnlyList<string> Folders = ["src/FlyRigLoader", "benchmarks/FlyRigLoader.Benchmarks"];

    /// <summary>Root files the projects build with (missing ones are skipped).</summary>
    public static readonly IReadOnlyList<string> RootFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", "nuget.config", "NuGet.Config", "benchmarks/RuntimeSettings.props"];

    /// <summary>Bumped when the rewrite or the flavour layout changes, so cached flavours are rebuilt.</summary>
    public const int LayoutVersion = 1;

    /// <summary>Reads the files under <paramref name="root"/> (I/O edge), ordered by path.</summary>
    public static IReadOnlyList<SourceFile> Read(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var files = new List<SourceFile>();
        foreach (var folder in Folders)
        {
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                throw new Contracts.GateInputException(full, "folder missing: a flavour copies the library and the benchmark suite from the work tree");
            }

            files.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
                .Select(f => new SourceFile(Relative(root, f), File.ReadAllText(f))));
        }

        files.AddRange(RootFiles.Select(f => Path.Combine(root, f)).Where(File.Exists).Select(f => new SourceFile(Relative(root, f), File.ReadAllText(f))));
        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The cache key of a flavour (pure): SHA-256 over the layout version, the injection and every file's path and
    /// content, so any edit to the library, the suite, their build settings or the injection makes a new flavour.
    /// </summary>
    public static string ContentHash(IReadOnlyList<SourceFile> files, InjectionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(spec);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(text));
            sha.AppendData([0]);
        }

        Add(FormattableString.Invariant($"layout {LayoutVersion}; target {spec.TargetGlob}; factor {spec.Factor:R}; bytes {spec.ExtraBytes}"));
        Add(FlavourInjectionSource.Text);
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            Add(file.RelativePath);
            Add(file.Text);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(p => p is "bin" or "obj");

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
}
