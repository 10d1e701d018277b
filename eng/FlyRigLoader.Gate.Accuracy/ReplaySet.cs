namespace FlyRigLoader.Gate.Accuracy;

/// <summary>One series of recorded trials sharing a baseline.</summary>
/// <param name="Name">Short name of the series (e.g. <c>acc2</c>).</param>
/// <param name="Profile">Job profile the runs used, for the report.</param>
/// <param name="ReportsDirectory">Folder holding <c>benchmark-report-&lt;run&gt;.json</c>.</param>
/// <param name="Baseline">Baseline file or folder the trials were judged against, or null when <paramref name="BaselineReports"/> builds it.</param>
/// <param name="Trials">The trials, in the order they ran.</param>
/// <param name="BaselineReports">
/// Run ids of reports (in <paramref name="ReportsDirectory"/>) to use as the accepted baseline runs instead of a baseline
/// file: e.g. clean runs from the same period as the trials, to see what a fresher baseline would change.
/// </param>
internal sealed record ReplaySet(string Name, string Profile, string ReportsDirectory, string? Baseline, IReadOnlyList<ReplayTrial> Trials, IReadOnlyList<string>? BaselineReports = null);
