using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>Whether a benchmark case belongs to the target: the glob matches its full name, or its name without parameters.</summary>
internal static class TargetMatch
{
    /// <summary>True when <paramref name="fullName"/> (e.g. <c>N.T.M(Size: small)</c>) is a case of the target method.</summary>
    public static bool IsTarget(string glob, string fullName)
    {
        ArgumentNullException.ThrowIfNull(glob);
        ArgumentNullException.ThrowIfNull(fullName);
        var paren = fullName.IndexOf('(', StringComparison.Ordinal);
        return Glob.IsMatch(glob, fullName) || (paren > 0 && Glob.IsMatch(glob, fullName[..paren]));
    }
}
