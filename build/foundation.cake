// Foundation targets: Clean, Restore, Build, Test, Coverage, VerifySetup.
using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Setup;
using FlyRigLoader.Gate.Testing;

Task("Clean")
    .Description("Delete generated artifacts and build outputs (not a dependency of Build; use --rebuild).")
    .Does(() => Information($"Removed {CleanPlanner.Execute(paths).Count} entries under {paths.Artifacts}"));

Task("Restore")
    .Description("Restore NuGet packages of the solution.")
    .Does(() => ExitWith(ChildProcess.Run(DotNetCommands.Restore(paths)), "dotnet restore"));

Task("Build")
    .Description("Compile the solution (warnings are errors).")
    .IsDependentOn("Restore")
    .Does(() => ExitWith(ChildProcess.Run(DotNetCommands.Build(paths, options)), "dotnet build"));

Task("__CleanIfRebuild")
    .WithCriteria(() => options.Rebuild, "only with --rebuild")
    .IsDependeeOf("Restore")
    .Does(() => RunTarget("Clean"));

Task("Test")
    .Description("Run every xunit project; TRX results in artifacts/test-results/.")
    .IsDependentOn("Build")
    .Does(() => ExitWith(TestSuite.Run(paths, options, coverage: false, Console.Out), "Test"));

Task("Coverage")
    .Description("Run the tests with coverlet and write the HTML report to artifacts/coverage/index.html.")
    .IsDependentOn("Build")
    .Does(() => ExitWith(TestSuite.Run(paths, options, coverage: true, Console.Out), "Test (coverage)"))
    .Does(() => ExitWith(ChildProcess.Run(DotNetCommands.CoverageReport(paths)), "reportgenerator"));

Task("VerifySetup")
    .Description("Check SDK, tools, restore, git, artifacts folder and disk; print what was found.")
    .Does(() =>
    {
        var checks = SetupVerifier.Evaluate(SetupFactsCollector.Collect(paths));
        Console.WriteLine(SetupVerifier.Render(checks));
        if (checks.Any(c => !c.Passed)) { Fail(2, "VerifySetup: " + string.Join("; ", checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}"))); }
    });
