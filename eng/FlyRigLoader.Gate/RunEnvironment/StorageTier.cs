namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// The suite guide's storage <c>performance_tier</c>: <c>high</c> for solid-state storage, <c>standard</c> for rotational
/// disks and for storage that could not be identified (the guide's fallback when detection fails).
/// </summary>
internal static class StorageTier
{
    /// <summary>The tier of a detected storage type (SSD, HDD or unknown).</summary>
    public static string For(string storageType) =>
        string.Equals(storageType, "SSD", StringComparison.Ordinal) ? "high" : "standard";
}
