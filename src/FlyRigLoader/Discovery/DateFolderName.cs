using System.Globalization;

namespace FlyRigLoader.Discovery;

/// <summary>Which <c>dates_vials</c> keys are real dates and may therefore name a folder under the base directory.</summary>
internal static class DateFolderName
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy_MM_dd", "MM/dd/yyyy", "dd/MM/yyyy", "yyyyMMdd",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd_HH-mm-ss", "yyyyMMdd_HHmmss",
    ];

    public static bool IsValid(string key) =>
        DateTime.TryParseExact(key, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
