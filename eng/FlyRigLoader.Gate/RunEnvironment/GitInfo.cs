namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>Source revision of the work tree.</summary>
/// <param name="Sha">Full commit sha, or null outside git.</param>
/// <param name="Branch">Branch name, or null.</param>
/// <param name="Dirty">Uncommitted changes present.</param>
public sealed record GitInfo(string? Sha, string? Branch, bool Dirty)
{
    /// <summary>First 7 characters of the sha, or <c>nogit</c>.</summary>
    public string ShortSha => Sha is { Length: >= 7 } ? Sha[..7] : "nogit";
}
