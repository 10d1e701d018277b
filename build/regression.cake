// Regression gate targets. The rule lives in FlyRigLoader.Gate.Regression, the entry points in
// FlyRigLoader.Gate.Pipeline.RegressionGate (unit-tested); exit codes: 0 pass, 1 regression (time, allocation or SLA),
// 2 invalid/missing input or baseline, 3 no verdict (INCOMPARABLE/INCONCLUSIVE; --accept-no-verdict makes it 0). The Benchmarks pipeline's --baseline-comparison uses the same gate (BuildData.BenchmarkRun).
using FlyRigLoader.Gate.Pipeline;

Task("CheckRegression")
    .Description("Compare the latest run (or --report) with baselines/ (or --against=<ref>, --confirm) and with the history's anchor (--anchor, --fail-on-creep); exit 1 on regression, 2 on bad input, 3 on no verdict.")
    .Does<BuildData>(data => data.ExitWith(RegressionGate.CheckRegression(data.Options, data.Paths, Console.Out, Console.Error), "CheckRegression"));

Task("UpdateBaseline")
    .Description("Append the latest run (or --report) to baselines/<env>-<fingerprint>-<job>.json, keeping the last K runs, and to baselines/history/ (--allow-dirty, --anchor[=<label>]).")
    .Does<BuildData>(data => data.ExitWith(RegressionGate.UpdateBaseline(data.Options, data.Paths, Console.Out, Console.Error), "UpdateBaseline"));

// Bisect names the commit that made the selected benchmarks slower; its logic is FlyRigLoader.Gate.Bisection (the
// search itself is FlyRigLoader.Gate.Core.Bisection.BisectSearch), exit codes in BisectConclusion.
Task("Bisect")
    .Description("Find the first commit between --good and --bad where the --filter benchmarks slowed past --threshold (interleaved A/B); exit 0 found, 1 no regression, 2 bad input, 3 undecided.")
    .Does<BuildData>(data => data.ExitWith(FlyRigLoader.Gate.Bisection.BisectCommand.Run(data.Options, data.Paths, Console.Out, Console.Error), "Bisect"));
// The gate's own accuracy on this machine: experiments in eng/FlyRigLoader.Gate.Accuracy, a process of its own (see README).
Task("GateAccuracy")
    .Description("Measure this gate's false-alarm and detection rates here (--trials, --experiments, --target-benchmark, --baseline-runs, --require-bars, --confirm); writes artifacts/accuracy/gate-accuracy-<run>.json.")
    .Does<BuildData>(data => data.ExitWith(GateAccuracyTarget.Run(data.Options, data.Paths, Console.Out, Console.Error), "GateAccuracy"));
