using System.IO.Compression;
using System.Security.Cryptography;

namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Checks a run archive against its manifest: every listed file present with the recorded size and SHA-256.</summary>
internal static class ArchiveVerifier
{
    /// <summary>Every difference between <paramref name="zipPath"/> and <paramref name="manifest"/>; empty when they agree.</summary>
    public static IReadOnlyList<string> Verify(string zipPath, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        ArgumentNullException.ThrowIfNull(manifest);
        var problems = new List<string>();
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            var entries = zip.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
            foreach (var expected in manifest.Files)
            {
                if (!entries.Remove(expected.Path, out var entry))
                {
                    problems.Add($"{expected.Path}: missing from the archive");
                    continue;
                }

                using var stream = entry.Open();
                var (size, sha) = Hash(stream);
                if (size != expected.SizeBytes)
                {
                    problems.Add(FormattableString.Invariant($"{expected.Path}: {size} bytes in the archive, manifest says {expected.SizeBytes}"));
                }
                else if (!string.Equals(sha, expected.Sha256, StringComparison.Ordinal))
                {
                    problems.Add($"{expected.Path}: SHA-256 {sha} in the archive, manifest says {expected.Sha256}");
                }
            }

            entries.Remove(RunManifest.RelativePath);
            problems.AddRange(entries.Keys.Order(StringComparer.Ordinal).Select(extra => $"{extra}: in the archive but not in the manifest"));
        }
        catch (InvalidDataException e)
        {
            problems.Add($"not a readable zip archive: {e.Message}");
        }

        return problems;
    }

    /// <summary>Size and lower-case hex SHA-256 of everything read from <paramref name="stream"/>.</summary>
    public static (long Size, string Sha256) Hash(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            size += read;
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
