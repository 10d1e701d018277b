// Arguments and environment are read here and nowhere else, then handed to the gate library as typed values: one
// BuildData per run, created in Setup and passed to every task (Does<BuildData>), so no script global and no #load order
// carries meaning.
#r "../artifacts/bin/FlyRigLoader.Gate/release/FlyRigLoader.Gate.Contracts.dll"
#r "../artifacts/bin/FlyRigLoader.Gate/release/FlyRigLoader.Gate.dll"
#nullable enable

using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;

/// <summary>The typed context of one run: options, paths, the Benchmarks pipeline's state and the exit code to restore.</summary>
public sealed class BuildData
{
    private BenchmarkRun? _benchmarkRun;

    public BuildData(BuildOptions options, BuildPaths paths)
    {
        Options = options;
        Paths = paths;
    }

    public BuildOptions Options { get; }

    public BuildPaths Paths { get; }

    /// <summary>Cake exits 1 on any task failure; the documented code (1 gate failure, 2 invalid input/infrastructure, 3 no verdict) is restored in Teardown.</summary>
    public int ExitCode { get; private set; }

    /// <summary>The Benchmarks verdict, held back until the artifact lifecycle step has run (see benchmarks.cake).</summary>
    public int BenchmarkVerdict { get; set; }

    /// <summary>The Benchmarks pipeline of this run; --baseline-comparison judges its fresh report through the regression gate.</summary>
    public BenchmarkRun BenchmarkRun => _benchmarkRun ??= new BenchmarkRun(Options, Paths, Console.Out, new ReportRegressionGate(Options, Paths));

    public void Fail(int code, string message)
    {
        ExitCode = ExitCodes.Worst(ExitCode, code);
        Console.Error.WriteLine("error: " + message);
        throw new CakeException(code, message);
    }

    public void ExitWith(int code, string what)
    {
        if (code != ExitCodes.Ok) { Fail(code, $"{what} failed with exit code {code}"); }
    }
}

// Cake hands a bare flag (--ci-mode) over as a null value; the parser expects "" for it.
OptionParseResult ParseOptions() => OptionParser.Parse(
    Context.Arguments.GetArguments().ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value.Select(v => v ?? string.Empty).ToList()),
    System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string?)e.Value));

/// <summary>Invalid options stop the run before any target (exit 2), each error on its own line.</summary>
BuildOptions ValidOptions()
{
    var parsed = ParseOptions();
    if (!parsed.IsValid)
    {
        foreach (var e in parsed.Errors) { Console.Error.WriteLine("error: " + e); }
        System.Environment.Exit(OptionParseResult.InvalidInputExitCode);
    }

    foreach (var n in parsed.Notices) { Console.WriteLine("note: " + n); }
    return parsed.Options!;
}

Setup<BuildData>(ctx => new BuildData(ValidOptions(), new BuildPaths(MakeAbsolute(Directory("..")).FullPath)));

Teardown<BuildData>((ctx, data) => { if (data.ExitCode != ExitCodes.Ok) { System.Environment.Exit(data.ExitCode); } });
