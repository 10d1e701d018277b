using System.Text;

namespace FlyRigLoader.Gate.Reports;

/// <summary>Writes files whole or not at all: a temp file in the same folder, then a rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="path"/>, creating the folder.</summary>
    public static void WriteAllText(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temp, content, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
