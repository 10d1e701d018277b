namespace FlyRigLoader.Gate.Tests.Infra;

/// <summary>A throw-away repository layout (artifacts/, baselines/, build/) under the temp folder.</summary>
public sealed class TempRepo : IDisposable
{
    public TempRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "frl-lifecycle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "artifacts"));
        Directory.CreateDirectory(Path.Combine(Root, "baselines"));
        Directory.CreateDirectory(Path.Combine(Root, "build"));
    }

    public string Root { get; }

    public string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>Writes a file under the repository root with the given age relative to <paramref name="now"/>.</summary>
    public string Write(string relative, string content, DateTimeOffset now, TimeSpan age)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, (now - age).UtcDateTime);
        return path;
    }

    public void Dispose()
    {
        // Remove links first so deleting the tree never descends into a link's target.
        foreach (var entry in new DirectoryInfo(Root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 }))
        {
            DeleteTree(entry);
        }

        Directory.Delete(Root, recursive: false);
    }

    private static void DeleteTree(FileSystemInfo entry)
    {
        if (entry.LinkTarget is not null)
        {
            entry.Delete();
            return;
        }

        if (entry is DirectoryInfo dir)
        {
            foreach (var child in dir.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 }))
            {
                DeleteTree(child);
            }
        }

        entry.Delete();
    }
}
