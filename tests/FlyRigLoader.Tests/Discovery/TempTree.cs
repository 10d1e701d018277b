using System.Text;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>A throw-away directory tree under the system temp directory, removed on dispose.</summary>
public sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "frl-discovery-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    /// <summary>Creates the files (and their directories); returns their absolute paths.</summary>
    public IReadOnlyList<string> Files(params string[] relativePaths)
    {
        var created = new List<string>();
        foreach (var relative in relativePaths)
        {
            var path = this[relative];
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, relative, Encoding.UTF8);
            created.Add(path);
        }

        return created;
    }

    public string Dir(string relative) => Directory.CreateDirectory(this[relative]).FullName;

    public void Dispose()
    {
        try
        {
            RestorePermissions(Root);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // Walks by hand because .NET's recursive enumeration follows directory symlinks, which loops on the symlink-loop fixtures.
    private static void RestorePermissions(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var child in new DirectoryInfo(directory).EnumerateDirectories("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }))
        {
            if (child.LinkTarget is null)
            {
                RestorePermissions(child.FullName);
            }
        }
    }
}
