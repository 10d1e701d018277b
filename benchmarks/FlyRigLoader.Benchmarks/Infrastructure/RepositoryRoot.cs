namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>Finds the repository root: the nearest ancestor directory holding FlyRigLoader.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The marker file that identifies the root.</summary>
    public const string MarkerFile = "FlyRigLoader.sln";

    /// <summary>The root above <paramref name="start"/>, or null when no ancestor holds the marker.</summary>
    public static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The root above the current directory, else above the executable (artifacts/bin/...); throws when neither is inside the repository.</summary>
    public static string Find() =>
        FindFrom(Directory.GetCurrentDirectory())
        ?? FindFrom(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException(
            $"cannot find the repository root ({MarkerFile}) above '{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}'; pass --data-dir explicitly");
}
