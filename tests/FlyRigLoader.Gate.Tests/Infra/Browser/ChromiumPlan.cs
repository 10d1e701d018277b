namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>The provisioning decision for this machine.</summary>
/// <param name="Action">Use, install, or give up.</param>
/// <param name="Elevation">Command prefix for apt-get (empty as root, <c>sudo -n</c> otherwise).</param>
/// <param name="Reason">Why the browser is unavailable (only for <see cref="ChromiumAction.Unavailable"/>).</param>
public sealed record ChromiumPlan(ChromiumAction Action, IReadOnlyList<string> Elevation, string? Reason);
