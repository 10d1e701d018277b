using System.Text;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Writes a file through a temporary sibling and a rename, so readers never see half a report.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + ".tmp");
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
