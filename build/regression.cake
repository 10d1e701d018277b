// Regression gate targets. The rule, baselines and outputs live in FlyRigLoader.Gate.Regression.RegressionGate (unit-tested);
// exit codes: 0 pass, 1 regression (time, allocation or SLA), 2 invalid/missing input or baseline.

Task("CheckRegression")
    .Description("Compare the latest run (or --report) with baselines/ (or --against=<ref>, --confirm); exit 1 on regression, 2 on bad input.")
    .Does(() => ExitWith(FlyRigLoader.Gate.Pipeline.RegressionGate.CheckRegression(options, paths, Console.Out, Console.Error), "CheckRegression"));

Task("UpdateBaseline")
    .Description("Append the latest run (or --report) to baselines/<env>-<fingerprint>.json, keeping the last K runs (--allow-dirty).")
    .Does(() => ExitWith(FlyRigLoader.Gate.Pipeline.RegressionGate.UpdateBaseline(options, paths, Console.Out, Console.Error), "UpdateBaseline"));

// --baseline-comparison: the Benchmarks pipeline (build/benchmarks.cake) judges its fresh report through this hook.
benchmarkRegressionGate = new FlyRigLoader.Gate.Pipeline.ReportRegressionGate(options, paths);
