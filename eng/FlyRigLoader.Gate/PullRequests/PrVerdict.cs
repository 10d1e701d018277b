namespace FlyRigLoader.Gate.PullRequests;

/// <summary>The headline of the comment: the exit code the gate's outputs add up to, and its words.</summary>
/// <param name="ExitCode">0 pass, 1 regression or SLA failure, 2 not judged (error), 3 no verdict (INCONCLUSIVE/INCOMPARABLE).</param>
/// <param name="Icon">An emoji a reviewer reads at a glance.</param>
/// <param name="Title">One line.</param>
/// <param name="Explanation">What it means and what to do, or null.</param>
internal sealed record PrVerdict(int ExitCode, string Icon, string Title, string? Explanation);
