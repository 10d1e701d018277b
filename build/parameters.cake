// Arguments and environment are read here and nowhere else, then handed to the gate library as typed values.
#r "../artifacts/bin/FlyRigLoader.Gate/release/FlyRigLoader.Gate.dll"
#nullable enable

using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;

var target = Argument("target", "Default");
// Cake hands a bare flag (--ci-mode) over as a null value; the parser expects "" for it.
var parsed = OptionParser.Parse(
    Context.Arguments.GetArguments().ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value.Select(v => v ?? string.Empty).ToList()),
    System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string?)e.Value));
if (!parsed.IsValid)
{
    foreach (var e in parsed.Errors) { Console.Error.WriteLine("error: " + e); }
    System.Environment.Exit(OptionParseResult.InvalidInputExitCode);
}

var options = parsed.Options!;
var paths = new BuildPaths(MakeAbsolute(Directory("..")).FullPath);

// Cake exits 1 on any task failure; the documented exit codes (1 gate failure, 2 invalid input/infrastructure)
// are restored in Teardown, which runs after failures too.
var exitCode = 0;

void Fail(int code, string message)
{
    exitCode = Math.Max(exitCode, code);
    Console.Error.WriteLine("error: " + message);
    throw new CakeException(code, message);
}

void ExitWith(int code, string what)
{
    if (code != 0) { Fail(code, $"{what} failed with exit code {code}"); }
}

Teardown(ctx => { if (exitCode != 0) { System.Environment.Exit(exitCode); } });
