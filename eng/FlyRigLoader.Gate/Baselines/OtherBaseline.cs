namespace FlyRigLoader.Gate.Baselines;

/// <summary>A baseline file beside the refreshed one: another fingerprint (or job) the runners no longer, or not yet, produce.</summary>
/// <param name="FileName">Its file name under <c>baselines/</c>.</param>
/// <param name="Runs">How many runs it holds, or null when unreadable.</param>
/// <param name="NewestRun">Date of its newest run, or null.</param>
/// <param name="Problem">Why it could not be read, or null.</param>
internal sealed record OtherBaseline(string FileName, int? Runs, DateTimeOffset? NewestRun, string? Problem);
