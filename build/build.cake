// FlyRigLoader.NET build: targets and argument plumbing only. Every decision lives in FlyRigLoader.Gate (unit-tested).
// Sections: parameters (arguments → typed options) → one file per target family → execution.
#load "parameters.cake"
#load "foundation.cake"
#load "benchmarks.cake"
#load "regression.cake"
#load "artifacts.cake"

//////////////////////////////////////////////////////////////////////
// TARGETS
//////////////////////////////////////////////////////////////////////

Task("Default").Description("Same as Test.").IsDependentOn("Test");

//////////////////////////////////////////////////////////////////////
// EXECUTION
//////////////////////////////////////////////////////////////////////

if (!Tasks.Any(t => string.Equals(t.Name, target, StringComparison.OrdinalIgnoreCase)))
{
    Console.Error.WriteLine($"unknown target '{target}'; valid targets: {string.Join(", ", Tasks.Where(t => !t.Name.StartsWith("__")).Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal))}");
    System.Environment.Exit(OptionParseResult.InvalidInputExitCode);
}

RunTarget(target);
