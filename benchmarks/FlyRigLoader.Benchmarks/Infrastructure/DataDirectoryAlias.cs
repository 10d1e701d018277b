using System.Security.Cryptography;
using System.Text;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// The data directory as the benchmarks see it: a symbolic link of fixed length in the temp folder
/// (<c>/tmp/frl-bench-&lt;8 hex of the real path&gt;</c> on Linux) to the real one. Discovery returns full paths, so
/// bytes allocated per operation grow with the checkout's path: measured on this machine, the discovery smoke case
/// allocated 1.96 MB/op under <c>/work/main/artifacts/benchmark-data</c> and 2.11 MB/op through a 56-character path to the
/// same files, and a clone at <c>/tmp/refill14</c> raised 14 allocation REGRESSIONs against a baseline recorded in
/// <c>/work/main</c> for identical code. Through the link, every checkout on a machine reads the same path length.
/// </summary>
public static class DataDirectoryAlias
{
    /// <summary>Prefix of the link's name.</summary>
    public const string Prefix = "frl-bench-";

    /// <summary>The link's path for <paramref name="dataDirectory"/> under <paramref name="tempDirectory"/>: one per real path, all of one length.</summary>
    public static string PathFor(string dataDirectory, string tempDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(tempDirectory);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory)));
        return Path.Combine(tempDirectory, Prefix + Convert.ToHexStringLower(hash)[..8]);
    }

    /// <summary>
    /// The path to hand the benchmarks: the link (made, or remade when it points elsewhere), or
    /// <paramref name="dataDirectory"/> itself with the reason when no link can be made there (e.g. Windows without the
    /// right to create symbolic links, or a real directory in the link's place).
    /// </summary>
    public static (string Path, string? Fallback) Resolve(string dataDirectory, string tempDirectory)
    {
        var real = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(real);
        var alias = PathFor(real, tempDirectory);
        bool PointsAtReal(string target) => string.Equals(Path.GetFullPath(target, tempDirectory), real, StringComparison.Ordinal);
        try
        {
            var existing = new DirectoryInfo(alias);
            if (existing.LinkTarget is { } target)
            {
                if (PointsAtReal(target))
                {
                    return (alias, null);
                }

                existing.Delete();
            }
            else if (existing.Exists || File.Exists(alias))
            {
                return (real, $"{alias} exists and is not a link; benchmarks read {real}, so allocations include its path length");
            }

            Directory.CreateSymbolicLink(alias, real);
            return (alias, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another launch may have made the same link a moment ago: use it when it is right.
            return new DirectoryInfo(alias).LinkTarget is { } made && PointsAtReal(made)
                ? (alias, null)
                : (real, $"no link {alias} -> {real} ({e.Message}); benchmarks read {real}, so allocations include its path length");
        }
    }
}
