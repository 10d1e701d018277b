namespace FlyRigLoader.Gate.Accuracy;

/// <summary>One series of recorded trials sharing a baseline.</summary>
/// <param name="Name">Short name of the series (e.g. <c>acc2</c>).</param>
/// <param name="Profile">Job profile the runs used, for the report.</param>
/// <param name="ReportsDirectory">Folder holding <c>benchmark-report-&lt;run&gt;.json</c>.</param>
/// <param name="Baseline">Baseline file or folder the trials were judged against.</param>
/// <param name="Trials">The trials, in the order they ran.</param>
public sealed record ReplaySet(string Name, string Profile, string ReportsDirectory, string Baseline, IReadOnlyList<ReplayTrial> Trials);
