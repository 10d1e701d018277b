namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>Whether a case's measurement was disturbed, and by what (empty when clean).</summary>
/// <param name="FullName">The benchmark case.</param>
/// <param name="Reasons">One sentence per witness of interference.</param>
/// <param name="QuietLaunches">Indices of the launches that ran this case undisturbed.</param>
public sealed record InterferenceFinding(string FullName, IReadOnlyList<string> Reasons, IReadOnlyList<int> QuietLaunches)
{
    /// <summary>True when any witness saw interference.</summary>
    public bool Disturbed => Reasons.Count > 0;
}
