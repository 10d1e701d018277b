using Xunit;

namespace FlyRigLoader.TestKit;

/// <summary>
/// A theory that some operating systems cannot run, for the reason given. Elsewhere it is reported skipped with that reason
/// (the Test target prints every skip reason) rather than passing without running; README's "Platforms" table lists them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OsTheoryAttribute : TheoryAttribute
{
    /// <summary>Runs on <paramref name="families"/> (Linux, macOS, Windows); skipped elsewhere because of <paramref name="reason"/>.</summary>
    public OsTheoryAttribute(string reason, params string[] families)
    {
        if (OsFamily.SkipUnless(reason, families) is { } skip)
        {
            Skip = skip;
        }
    }
}
