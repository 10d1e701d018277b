using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.PullRequests;

/// <summary>
/// The PrComment target: writes the sticky pull-request comment of a judged run to a file (and the pull request's
/// number beside it), for the workflow that posts it. It reports; the gate's verdict is CheckRegression's exit code.
/// </summary>
public static class PrCommentCommand
{
    /// <summary>Default comment file, relative to the repository root; its folder is what the workflow uploads.</summary>
    public const string DefaultOutput = "artifacts/ci-integration/pr-comment/pr-comment.md";

    /// <summary>The file beside the comment that holds the pull request number (digits and a newline).</summary>
    public const string NumberFile = "pr-number.txt";

    /// <summary>
    /// Reads the run report (<c>--report</c>, else the newest under <c>artifacts/reports</c>) and the gate's newest
    /// <c>regression-analysis-*.json</c> written after it for that run (or for the A/B run that replaced its verdicts),
    /// and writes the comment to <c>--output</c>. Exit 0 when written, 2 on invalid input (nothing written).
    /// </summary>
    public static int Run(BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var artifactUrl = Url("artifact-url", options.ArtifactUrl);
            var runUrl = Url("run-url", options.RunUrl);
            var requested = options.Report is { } r ? Path.GetFullPath(r, paths.Root) : null;
            var reportPath = CurrentRuns.LatestRunReport(requested, paths)
                ?? throw new GateInputException(requested ?? paths.Reports, "PrComment needs a run report (benchmark-report-<run>.json): run Benchmarks or MergeReports first, or pass --report");
            var report = BenchmarkReportReader.Read(reportPath);
            var (analysis, analysisPath) = JudgedAnalysis(report, reportPath, paths);
            var baseline = analysis is null ? null : Baseline(Path.Combine(paths.StatisticalAnalysis, $"baseline-comparison-{analysis.RunId}.json"));
            var input = new PrCommentInput(report, analysis, baseline, artifactUrl, runUrl);
            var target = Path.GetFullPath(options.Output ?? DefaultOutput, paths.Root);
            AtomicFile.WriteAllText(target, PrComment.Render(input));
            var number = Path.Combine(Path.GetDirectoryName(target)!, NumberFile);
            if (options.PullRequest is { } pr)
            {
                AtomicFile.WriteAllText(number, pr.ToString(CultureInfo.InvariantCulture) + "\n");
            }
            else if (File.Exists(number))
            {
                // A number left by an earlier run must not send this comment to that pull request.
                File.Delete(number);
            }

            var verdict = PrVerdicts.Decide(input);
            output.WriteLine($"PrComment: {verdict.Title} (run {report.RunId}, verdicts from {(analysisPath is null ? "none" : Path.GetFileName(analysisPath))}) -> {target}");
            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: PrComment: " + e.Message);
            return GateInputException.ExitCode;
        }
    }

    /// <summary>
    /// The gate's verdicts for <paramref name="report"/>: the newest <c>regression-analysis-*.json</c> not older than the
    /// report, if it judged this run or an A/B run (<c>ab-…</c>, which replaces a first look under <c>--confirm</c> and
    /// <c>--against</c>). An older file, or one of another run, belongs to something else: then there is no verdict.
    /// </summary>
    internal static (RegressionDetails? Analysis, string? Path) JudgedAnalysis(BenchmarkReport report, string reportPath, BuildPaths paths)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(paths);
        if (!Directory.Exists(paths.StatisticalAnalysis))
        {
            return (null, null);
        }

        var written = File.GetLastWriteTimeUtc(reportPath);
        var newest = Directory.EnumerateFiles(paths.StatisticalAnalysis, "regression-analysis-*.json")
            .Where(f => File.GetLastWriteTimeUtc(f) >= written)
            .OrderByDescending(File.GetLastWriteTimeUtc).ThenByDescending(f => f, StringComparer.Ordinal)
            .FirstOrDefault();
        if (newest is null)
        {
            return (null, null);
        }

        RegressionDetails? details;
        try
        {
            details = JsonConvert.DeserializeObject<RegressionDetails>(File.ReadAllText(newest), ReportJson.Settings);
        }
        catch (JsonException e)
        {
            throw new GateInputException(newest, "not a valid regression analysis: " + e.Message, e);
        }

        if (details?.RunId is not { } runId || details.Benchmarks is null)
        {
            throw new GateInputException(newest, "regression analysis lacks run_id or benchmarks");
        }

        return runId == report.RunId || runId.StartsWith("ab-", StringComparison.Ordinal) ? (details, newest) : (null, null);
    }

    private static JudgedBaseline? Baseline(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var b = JObject.Parse(File.ReadAllText(path))["baseline"] as JObject;
            return b is null ? null : new JudgedBaseline(
                (string?)b["path"], (string?)b["fingerprint"], (bool?)b["fingerprint_matches"], (int?)b["runs"], (double?)b["age_days"], (bool?)b["stale"]);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidCastException or ArgumentException)
        {
            throw new GateInputException(path, "not a valid baseline comparison: " + e.Message, e);
        }
    }

    private static Uri? Url(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new GateInputException("--" + option, $"'{text}' is not an absolute http(s) URL");
    }
}
