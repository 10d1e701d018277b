// FlyRigLoader.NET build: targets and argument plumbing only. Every decision lives in FlyRigLoader.Gate (unit-tested).
// Sections: parameters (arguments → the typed BuildData created in Setup) → one file per target family → execution.
// The #load order carries no meaning: tasks receive BuildData, none reads a script global.
#load "parameters.cake"
#load "foundation.cake"
#load "benchmarks.cake"
#load "regression.cake"
#load "artifacts.cake"
#load "ci.cake"

//////////////////////////////////////////////////////////////////////
// TARGETS
//////////////////////////////////////////////////////////////////////

Task("Default").Description("Same as Test.").IsDependentOn("Test");

//////////////////////////////////////////////////////////////////////
// EXECUTION
//////////////////////////////////////////////////////////////////////

var target = Argument("target", "Default");
ValidOptions();
if (!Tasks.Any(t => string.Equals(t.Name, target, StringComparison.OrdinalIgnoreCase)))
{
    Console.Error.WriteLine($"unknown target '{target}'; valid targets: {string.Join(", ", Tasks.Where(t => !t.Name.StartsWith("__")).Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal))}");
    System.Environment.Exit(OptionParseResult.InvalidInputExitCode);
}

RunTarget(target);
