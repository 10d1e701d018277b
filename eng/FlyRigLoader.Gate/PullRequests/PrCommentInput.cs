using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.PullRequests;

/// <summary>Everything the pull-request comment is rendered from.</summary>
/// <param name="Report">The judged run's report.</param>
/// <param name="Analysis">The regression gate's verdicts for that run, or null when the gate left none (missing baseline, invalid input).</param>
/// <param name="Baseline">The baseline the gate used, or null when unknown.</param>
/// <param name="ArtifactUrl">Link to the HTML report artifact, or null.</param>
/// <param name="RunUrl">Link to the workflow run, or null.</param>
internal sealed record PrCommentInput(BenchmarkReport Report, RegressionDetails? Analysis, JudgedBaseline? Baseline, Uri? ArtifactUrl, Uri? RunUrl);
