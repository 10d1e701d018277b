namespace FlyRigLoader.Gate.Regression;

/// <summary>How a check reads the history beside the baseline.</summary>
/// <param name="Anchor"><c>--anchor=&lt;label|commit prefix&gt;</c>, or null for the pinned anchor, else the oldest kept run.</param>
/// <param name="FailOnCreep"><c>--fail-on-creep</c>: CREEP exits 1 instead of warning.</param>
internal sealed record HistorySettings(string? Anchor, bool FailOnCreep);
