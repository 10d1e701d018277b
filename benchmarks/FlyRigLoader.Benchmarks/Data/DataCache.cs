using System.Globalization;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// The generated-data cache: <c>&lt;root&gt;/&lt;kind&gt;-v&lt;version&gt;-&lt;size&gt;/</c>, reused when its marker file matches,
/// otherwise regenerated into a temporary sibling and renamed into place, so a half-written entry is never used.
/// </summary>
public static class DataCache
{
    /// <summary>The marker file written last into a complete entry.</summary>
    public const string MarkerFile = ".complete";

    /// <summary>The entry directory name for a kind, generator version and size key.</summary>
    public static string EntryName(string kind, int version, string size) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-v{version}-{size}");

    /// <summary>The marker text that identifies a complete entry.</summary>
    public static string MarkerText(string kind, int version, string size) =>
        string.Create(CultureInfo.InvariantCulture, $"kind={kind}\nversion={version}\nsize={size}\n");

    /// <summary>True when <paramref name="directory"/> holds a complete entry for exactly this kind, version and size.</summary>
    public static bool IsComplete(string directory, string kind, int version, string size)
    {
        var marker = Path.Combine(directory, MarkerFile);
        return File.Exists(marker) && File.ReadAllText(marker) == MarkerText(kind, version, size);
    }

    /// <summary>
    /// The entry directory, generating it with <paramref name="generate"/> (which fills the directory it is given) when
    /// missing or stale. Call from [GlobalSetup] only: generation is never inside a measured region.
    /// </summary>
    public static string GetOrCreate(string root, string kind, int version, string size, Action<string> generate)
    {
        ArgumentNullException.ThrowIfNull(generate);
        var final = Path.Combine(root, EntryName(kind, version, size));
        if (IsComplete(final, kind, version, size))
        {
            return final;
        }

        Directory.CreateDirectory(root);
        var temp = string.Create(CultureInfo.InvariantCulture, $"{final}.tmp-{Environment.ProcessId}");
        DeleteIfPresent(temp);
        Directory.CreateDirectory(temp);
        generate(temp);
        File.WriteAllText(Path.Combine(temp, MarkerFile), MarkerText(kind, version, size));
        DeleteIfPresent(final);
        try
        {
            Directory.Move(temp, final);
        }
        catch (IOException) when (IsComplete(final, kind, version, size))
        {
            // Another process finished the same entry first; its bytes are identical by construction.
            DeleteIfPresent(temp);
        }

        return final;
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
