namespace FlyRigLoader.Gate.Tests.Infra;

/// <summary>Finds files of this repository (the one under test) from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FlyRigLoader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (FlyRigLoader.sln) not found above " + AppContext.BaseDirectory);
    }
}
