namespace FlyRigLoader.Gate.Interference;

/// <summary>What a wait for quiet before a re-measure round found.</summary>
/// <param name="Windows">Accounting windows read (at least 1).</param>
/// <param name="WaitedSeconds">Time spent reading them.</param>
/// <param name="FirstForeignCores">Other processes' cores in the first window, or null when unknown.</param>
/// <param name="LastForeignCores">In the last window, or null when unknown.</param>
/// <param name="Quiet">True when the last window was quiet (or unknown): the round starts without a visible neighbour.</param>
internal sealed record QuietWaitResult(int Windows, double WaitedSeconds, double? FirstForeignCores, double? LastForeignCores, bool Quiet);
