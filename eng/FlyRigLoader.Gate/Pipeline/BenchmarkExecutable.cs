using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>One build of the benchmark suite that the gate can run for re-measurement (confirmation, A/B rounds).</summary>
/// <param name="Dll">The suite's compiled <c>FlyRigLoader.Benchmarks.dll</c>.</param>
/// <param name="Label">A or B (for output folders and messages).</param>
internal sealed record BenchmarkExecutable(string Dll, string Label)
{
    /// <summary>Runs the suite once with BenchmarkDotNet full JSON into <paramref name="outputDirectory"/> and reads it.</summary>
    /// <exception cref="GateInputException">The run produced no readable report.</exception>
    public MeasuredRun Run(BuildOptions options, string filter, string outputDirectory, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }

        var args = Arguments(options, filter, "--exporters", "json", "--artifacts", outputDirectory);

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Label}] dotnet {string.Join(' ', args)}"));
        var result = ChildProcess.Capture(new CommandLine("dotnet", args, Path.GetDirectoryName(Dll)!) { Environment = MeasuringRuntime.Variables(options.Runtime) }, Timeout.InfiniteTimeSpan);
        var (code, output) = (result.ExitCode, result.Combined);
        if (options.Verbose)
        {
            log.Write(output);
        }

        var results = Path.Combine(outputDirectory, "results");
        if (!Directory.Exists(results))
        {
            throw new GateInputException(outputDirectory, $"benchmark run {Label} produced no results (exit {code.ToString(CultureInfo.InvariantCulture)}): {Tail(output)}");
        }

        return MeasuredRunReader.FromBdn(results);
    }

    /// <summary>The methods (<c>Namespace.Type.Method</c>) this build would run for <paramref name="filter"/>, in BenchmarkDotNet's order.</summary>
    /// <exception cref="GateInputException">The listing failed.</exception>
    public IReadOnlyList<string> ListMethods(BuildOptions options, string filter)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = ChildProcess.Capture(new CommandLine("dotnet", Arguments(options, filter, "--list", "flat"), Path.GetDirectoryName(Dll)!), TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new GateInputException(Dll, $"listing the benchmarks of build {Label} failed (exit {result.ExitCode.ToString(CultureInfo.InvariantCulture)}): {Tail(result.Combined)}");
        }

        // BenchmarkDotNet prints other lines too (banner, warnings); a method line is a bare dotted identifier.
        return result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(IsMethodName).Distinct(StringComparer.Ordinal).ToList();
    }

    // Listing and running must select the same benchmarks, so both start from these arguments.
    private List<string> Arguments(BuildOptions options, string filter, params string[] more)
    {
        var args = new List<string> { Dll, "--profile", options.EffectiveProfile, "--filter", filter };
        if (options.Categories.Count > 0)
        {
            args.AddRange(["--categories", string.Join(',', options.Categories)]);
        }

        args.AddRange(more);
        return args;
    }

    internal static bool IsMethodName(string line) =>
        line.Contains('.', StringComparison.Ordinal) && line.All(c => char.IsLetterOrDigit(c) || c is '.' or '_')
        && !line.StartsWith('.') && !line.EndsWith('.');

    private static string Tail(string text) => text.Length <= 400 ? text.Trim() : text[^400..].Trim();
}
