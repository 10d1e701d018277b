using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Contracts.Tests.Accuracy;

public sealed class GateAccuracyFileTests
{
    [Fact]
    public void A_written_report_reads_back_equal_in_every_part_that_matters()
    {
        using var dir = new TempDirectory();
        var report = AccuracySamples.Report();
        var path = dir.Write(GateAccuracyFile.FileName(report.RunId), GateAccuracyFile.Serialize(report));

        var read = GateAccuracyFile.Read(path);

        Assert.Equal("gate-accuracy-20261203T061825Z-9f6db60.json", Path.GetFileName(path));
        Assert.Equal((report.RunId, report.WallSeconds, report.Machine, report.Errors.Count), (read.RunId, read.WallSeconds, read.Machine, read.Errors.Count));
        var trial = read.Experiments[1].Trials.Single();
        Assert.Equal(["N.T.M(Size: small)"], trial.Verdicts!.Regression);
        Assert.Equal("missed", trial.Outcomes["time"]);
        Assert.Equal(1, read.Experiments[1].Scores.Single().Outcomes["missed"]);
        Assert.Equal(report.Spread!.Rows, read.Spread!.Rows);
        Assert.Contains("\"load_average_start\": [", GateAccuracyFile.Serialize(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"schema_version\": 2 }", "schema_version 2 is not supported (expected 1)")]
    [InlineData("{ \"schema_version\": 1 }", "lacks run_id, machine, settings")]
    [InlineData("not json", "not a valid gate-accuracy report")]
    [InlineData("", "empty gate-accuracy report")]
    public void A_malformed_report_is_refused_naming_the_file(string text, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("gate-accuracy-x.json", text);

        var e = Assert.Throws<GateInputException>(() => GateAccuracyFile.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_whose_experiment_lacks_its_scores_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("gate-accuracy-x.json", GateAccuracyFile.Serialize(AccuracySamples.Report()).Replace("\"scores\":", "\"score\":", StringComparison.Ordinal));

        Assert.Contains("an experiment's name, trials or scores", Assert.Throws<GateInputException>(() => GateAccuracyFile.Read(path)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_report_is_the_latest_run_id_and_temporaries_and_other_files_are_ignored()
    {
        using var dir = new TempDirectory();
        Assert.Null(GateAccuracyFile.Newest(dir.Combine("missing")));
        Assert.Null(GateAccuracyFile.Newest(dir.Path));
        dir.Write(GateAccuracyFile.FileName("20261201T000000Z-aaaaaaa"), "{}");
        var newest = dir.Write(GateAccuracyFile.FileName("20261203T000000Z-bbbbbbb"), "{}");
        dir.Write(".gate-accuracy-20261204T000000Z-c.json.tmp", "{}");
        dir.Write("benchmark-report-20261205T000000Z-d.json", "{}");

        Assert.Equal(newest, GateAccuracyFile.Newest(dir.Path));
    }
}
