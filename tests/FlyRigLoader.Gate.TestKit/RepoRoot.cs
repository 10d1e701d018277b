namespace FlyRigLoader.Gate.TestKit;

/// <summary>Finds the repository root from the test's output folder (walks up to FlyRigLoader.sln).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "FlyRigLoader.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root (FlyRigLoader.sln) not found above " + AppContext.BaseDirectory);
    }
}
