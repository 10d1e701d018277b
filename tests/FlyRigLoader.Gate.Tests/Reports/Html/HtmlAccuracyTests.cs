using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Reports.Html;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Reports.Html;

/// <summary>The "Accuracy of this gate on this machine" section, alone and as part of the page the job writes.</summary>
public sealed class HtmlAccuracyTests
{
    [Fact]
    public void The_section_shows_every_score_with_its_trials_outcomes_bar_and_whether_it_was_met()
    {
        var html = HtmlAccuracy.Render(AccuracySamples.Report(), "/x/artifacts/accuracy/gate-accuracy-20261203T061825Z-9f6db60.json");

        Assert.StartsWith("<section id=\"accuracy\">\n<h2>Accuracy of this gate on this machine</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<code>gate-accuracy-20261203T061825Z-9f6db60.json</code>", html, StringComparison.Ordinal);
        Assert.Contains("profile smoke, filter <code>*ConfigSmokeBenchmarks*</code>, 1 trial(s) per experiment (single-run A/A 2)", html, StringComparison.Ordinal);
        Assert.Contains("<td>REGRESSION on the target and no other</td><td>1</td><td>missed 1</td><td>0/1 (0%)</td><td>&gt;= 1/1</td><td class=\"bad\">no</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>median 0.020, mean 0.020, worst 0.020; max/min up to 1.03x</td><td>median &lt;= 0.03, worst &lt;= 0.10</td><td class=\"good\">yes</td>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"x1.25 &lt;on the target&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td><code>N.T.M(Size: small)</code></td><td>0.020</td><td>1.03×</td>", html, StringComparison.Ordinal);
        Assert.Contains("commit 9f6db60 (uncommitted changes)", html, StringComparison.Ordinal);
        Assert.EndsWith("</section>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_s_first_look_resolution_follows_the_table()
    {
        var report = AccuracySamples.Report();
        var inject = report.Experiments.First(e => e.Trials.Count > 0);
        report = report with { Experiments = [.. report.Experiments.Select(e => e != inject ? e : e with { Trials = [.. e.Trials.Select(t => t with { TargetResolution = 0.652 })] })] };

        var html = HtmlAccuracy.Render(report, "a.json");

        Assert.Contains($"</table></div>\n<p class=\"meta\">{inject.Name}: the first look could call a REGRESSION on the target from +65% (median; +65–65% over {inject.Trials.Count} trials)</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_report_there_is_no_section_and_errors_of_the_run_are_shown_when_there_is()
    {
        Assert.Equal("", HtmlAccuracy.Render(null, null));
        Assert.Contains("<p class=\"bad\">alloc trial 2: the suite run failed</p>", HtmlAccuracy.Render(AccuracySamples.Report(error: "alloc trial 2: the suite run failed"), "a.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_shows_the_newest_gate_accuracy_report_of_the_folder_with_a_link_to_it()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("accuracy", GateAccuracyFile.FileName("20261101T000000Z-0000000")), GateAccuracyFile.Serialize(AccuracySamples.Report("20261101T000000Z-0000000")));
        dir.Write(Path.Combine("accuracy", GateAccuracyFile.FileName(AccuracySamples.RunId)), GateAccuracyFile.Serialize(AccuracySamples.Report()));

        var result = HtmlReportJob.Write(new HtmlReportRequest(
            ChartSamples.Report(), dir.Combine("reports"), dir.Combine("charts"), HtmlReportJobTests.Renderer, dir.Path, TimeSpan.FromMinutes(5), dir.Combine("accuracy")));

        Assert.True(result.ExitCode == 0, result.Error);
        var html = File.ReadAllText(result.HtmlPath!);
        Assert.Contains("<a href=\"#accuracy\">Accuracy</a>", html, StringComparison.Ordinal);
        Assert.Contains($"run {AccuracySamples.RunId}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("20261101T000000Z", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_gate_accuracy_report_the_page_has_no_accuracy_section()
    {
        using var dir = new TempDirectory();

        var result = HtmlReportJob.Write(new HtmlReportRequest(
            ChartSamples.Report(), dir.Combine("reports"), dir.Combine("charts"), HtmlReportJobTests.Renderer, dir.Path, TimeSpan.FromMinutes(5), dir.Combine("accuracy")));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("id=\"accuracy\"", File.ReadAllText(result.HtmlPath!), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_newest_gate_accuracy_report_writes_no_page_and_names_the_file()
    {
        using var dir = new TempDirectory();
        var corrupt = dir.Write(Path.Combine("accuracy", GateAccuracyFile.FileName(AccuracySamples.RunId)), "{ \"schema_version\": 7 }");

        var result = HtmlReportJob.Write(new HtmlReportRequest(
            ChartSamples.Report(), dir.Combine("reports"), dir.Combine("charts"), HtmlReportJobTests.Renderer, dir.Path, TimeSpan.FromMinutes(5), dir.Combine("accuracy")));

        Assert.Equal(2, result.ExitCode);
        Assert.Null(result.HtmlPath);
        Assert.Contains(corrupt + ": schema_version 7 is not supported", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Combine("reports")) && Directory.EnumerateFiles(dir.Combine("reports"), "*.html").Any());
    }
}
