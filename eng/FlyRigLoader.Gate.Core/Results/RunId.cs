using System.Globalization;

namespace FlyRigLoader.Gate.Core.Results;

/// <summary>Run ids: UTC start time <c>yyyyMMddTHHmmssZ</c>, a dash, the short git sha. Sortable and never reused.</summary>
public static class RunId
{
    /// <summary>Creates the id for a run started at <paramref name="startedUtc"/>.</summary>
    public static string Create(DateTimeOffset startedUtc, string shortSha) =>
        startedUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + shortSha;
}
