// Foundation targets: Clean, Restore, Build, Test, Coverage, VerifySetup.
using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Setup;
using FlyRigLoader.Gate.Testing;

Task("Clean")
    .Description("Delete generated artifacts and build outputs (not a dependency of Build; use --rebuild).")
    .Does<BuildData>(data => Information($"Removed {CleanPlanner.Execute(data.Paths).Count} entries under {data.Paths.Artifacts}"));

Task("Restore")
    .Description("Restore NuGet packages of the solution.")
    .Does<BuildData>(data => data.ExitWith(ChildProcess.Run(DotNetCommands.Restore(data.Paths)), "dotnet restore"));

Task("Build")
    .Description("Compile the solution (warnings are errors).")
    .IsDependentOn("Restore")
    .Does<BuildData>(data => data.ExitWith(ChildProcess.Run(DotNetCommands.Build(data.Paths, data.Options)), "dotnet build"));

Task("__CleanIfRebuild")
    .WithCriteria<BuildData>((ctx, data) => data.Options.Rebuild, "only with --rebuild")
    .IsDependeeOf("Restore")
    .Does(() => RunTarget("Clean"));

Task("Test")
    .Description("Run every xunit project; TRX results in artifacts/test-results/.")
    .IsDependentOn("Build")
    .Does<BuildData>(data => data.ExitWith(TestSuite.Run(data.Paths, data.Options, coverage: false, Console.Out), "Test"));

Task("Coverage")
    .Description("Run the tests with coverlet and write the HTML report to artifacts/coverage/index.html.")
    .IsDependentOn("Build")
    .Does<BuildData>(data => data.ExitWith(TestSuite.Run(data.Paths, data.Options, coverage: true, Console.Out), "Test (coverage)"))
    .Does<BuildData>(data => data.ExitWith(ChildProcess.Run(DotNetCommands.CoverageReport(data.Paths)), "reportgenerator"));

Task("VerifySetup")
    .Description("Check SDK, tools, restore, git, artifacts folder and disk; print what was found.")
    .Does<BuildData>(data =>
    {
        var checks = SetupVerifier.Evaluate(SetupFactsCollector.Collect(data.Paths));
        Console.WriteLine(SetupVerifier.Render(checks));
        if (checks.Any(c => !c.Passed)) { data.Fail(ExitCodes.Error, "VerifySetup: " + string.Join("; ", checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}"))); }
    });
