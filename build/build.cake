// FlyRigLoader.NET build: targets and argument plumbing only. Every decision lives in FlyRigLoader.Gate (unit-tested).
#r "../artifacts/bin/FlyRigLoader.Gate/release/FlyRigLoader.Gate.dll"

using FlyRigLoader.Gate.Options;

//////////////////////////////////////////////////////////////////////
// ARGUMENTS
//////////////////////////////////////////////////////////////////////

var target = Argument("target", "Default");
var parsed = OptionParser.Parse(
    Context.Arguments.GetArguments().ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value.ToList()),
    System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string?)e.Value));
if (!parsed.IsValid)
{
    foreach (var e in parsed.Errors) { Error(e); }
    System.Environment.Exit(OptionParseResult.InvalidInputExitCode);
}
var options = parsed.Options!;

//////////////////////////////////////////////////////////////////////
// TASKS
//////////////////////////////////////////////////////////////////////

Task("Default").Description("Same as Test.").IsDependentOn("Test");

Task("Test").Description("Run every xunit project.").Does(() => Information("todo " + options.Configuration));

//////////////////////////////////////////////////////////////////////
// EXECUTION
//////////////////////////////////////////////////////////////////////

RunTarget(target);
