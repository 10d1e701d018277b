namespace FlyRigLoader.Discovery;

/// <summary>Reads <see cref="FileStats"/>; a file that vanished or is a dangling link becomes a warning instead.</summary>
internal static class FileStatsReader
{
    public static FileStats? TryRead(string path, List<DiscoveryWarning> warnings)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.Vanished, path, "File disappeared during discovery; skipped."));
                return null;
            }

            var isLink = info.LinkTarget is not null;
            var target = info;
            if (isLink)
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } resolved)
                {
                    warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.BrokenSymlink, path, $"Symbolic link target '{info.LinkTarget}' does not exist; skipped."));
                    return null;
                }

                target = resolved;
            }

            return new FileStats(
                target.Length,
                target.LastWriteTimeUtc,
                target.CreationTimeUtc,
                isLink,
                OperatingSystem.IsWindows() ? null : target.UnixFileMode);
        }
        catch (FileNotFoundException)
        {
            warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.Vanished, path, "File disappeared during discovery; skipped."));
            return null;
        }
        catch (IOException ex)
        {
            warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.Vanished, path, $"File cannot be inspected; skipped: {ex.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.Vanished, path, $"File cannot be inspected; skipped: {ex.Message}"));
            return null;
        }
    }
}
