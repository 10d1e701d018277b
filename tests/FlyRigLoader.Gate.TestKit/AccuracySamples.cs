using FlyRigLoader.Gate.Contracts.Accuracy;

namespace FlyRigLoader.Gate.TestKit;

/// <summary>Gate-accuracy reports made by hand, for the readers of <c>gate-accuracy-*.json</c>.</summary>
internal static class AccuracySamples
{
    public const string RunId = "20261203T061825Z-9f6db60";

    /// <summary>Two experiments (one bar met, one missed), one spread row, optionally an infrastructure error.</summary>
    public static GateAccuracyReport Report(string runId = RunId, string? error = null) => new(
        GateAccuracyReport.CurrentSchemaVersion, runId, "2026-12-03T06:18:25Z", "2026-12-03T06:20:26Z", 120.6,
        new AccuracyMachine("Debian GNU/Linux 12", "AMD EPYC", 2, ".NET 10.0.12", "1e437b5d19979a64", "9f6db607402cc7b67e65b6568312ea811930dec0", true),
        new AccuracySettings("smoke", "*ConfigSmokeBenchmarks*", [], 1, 1, "*ConfigSmokeBenchmarks.LoadFromFile*", ["spread", "inject125"], false),
        null,
        [
            new AccuracyExperiment("spread", "Fresh processes of the shipped build.", null, 2, [],
                [new ExperimentScore("sd of log(median) between fresh processes", 2, null, null, "median 0.020, mean 0.020, worst 0.020; max/min up to 1.03x", "median <= 0.03, worst <= 0.10", true, new Dictionary<string, int>())]),
            new AccuracyExperiment("inject125", "x1.25 <on the target>", "inject125 x1.25 on N.T.M (4a7297ed7cc4)", 1,
                [new ExperimentTrial(1, "r1", "2026-12-03T06:20:18Z", 7.2, 0, [19.5, 20.4, 17.8], [18.9, 20.3, 17.8],
                    new TrialVerdicts(["N.T.M(Size: small)"], [], [], [], [], []), new Dictionary<string, string> { ["time"] = "missed" }, [], null)],
                [new ExperimentScore("REGRESSION on the target and no other", 1, 0, 0.0, "0/1", ">= 1/1", false, new Dictionary<string, int> { ["missed"] = 1 })]),
        ],
        new SpreadTable(2, 1, 0.02, 0.02, 0.02, "N.T.M(Size: small)", 1.03, "N.T.M(Size: small)", [new SpreadRow("N.T.M(Size: small)", 2, 0.02, 1.03, 52_000)]),
        error is null ? [] : [error]);
}
