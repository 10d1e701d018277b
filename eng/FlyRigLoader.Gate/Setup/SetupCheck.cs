namespace FlyRigLoader.Gate.Setup;

/// <summary>One VerifySetup check: what was checked, whether it passed, and what was seen or what to do.</summary>
/// <param name="Name">Short name, e.g. ".NET SDK".</param>
/// <param name="Passed">True when the requirement is met.</param>
/// <param name="Detail">The observed value, or the fix when it failed.</param>
public sealed record SetupCheck(string Name, bool Passed, string Detail);
