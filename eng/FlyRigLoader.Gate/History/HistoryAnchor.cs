namespace FlyRigLoader.Gate.History;

/// <summary>The run the current one is compared with for creep.</summary>
/// <param name="RunId">Its run id.</param>
/// <param name="Sha">Its commit, or null.</param>
/// <param name="Label">Its anchor label, or null.</param>
/// <param name="Date">When it ran.</param>
/// <param name="Pinned">True when pinned with <c>UpdateBaseline --anchor</c>.</param>
/// <param name="ChosenBy">How it was chosen: <see cref="ByOption"/>, <see cref="ByPin"/> or <see cref="ByAge"/>.</param>
internal sealed record HistoryAnchor(string RunId, string? Sha, string? Label, DateTimeOffset Date, bool Pinned, string ChosenBy)
{
    /// <summary>Named with <c>--anchor=&lt;sha prefix|label&gt;</c>.</summary>
    public const string ByOption = "--anchor";

    /// <summary>The newest pinned anchor.</summary>
    public const string ByPin = "pinned";

    /// <summary>The oldest kept run (nothing pinned).</summary>
    public const string ByAge = "oldest kept run";
}
