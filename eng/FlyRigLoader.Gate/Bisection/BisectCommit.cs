namespace FlyRigLoader.Gate.Bisection;

/// <summary>A commit as the bisection reports it.</summary>
/// <param name="Sha">Full sha.</param>
/// <param name="Subject">First line of its message.</param>
/// <param name="AuthorDate">Author date, ISO 8601 with the author's offset (as git prints <c>%aI</c>).</param>
internal sealed record BisectCommit(string Sha, string Subject, string AuthorDate)
{
    /// <summary>The first 12 hex digits, for tables.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public string Short => Sha.Length > 12 ? Sha[..12] : Sha;
}
