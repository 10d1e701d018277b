namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>CI detection.</summary>
/// <param name="Provider">github-actions, gitlab, azure-pipelines, jenkins, generic or none.</param>
/// <param name="RunId">The provider's run id, or null.</param>
public sealed record CiInfo(string Provider, string? RunId)
{
    /// <summary>True under any CI.</summary>
    public bool IsCi => Provider != "none";
}
