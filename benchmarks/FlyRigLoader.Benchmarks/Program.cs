using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FlyRigLoader.Benchmarks.Infrastructure;
using FlyRigLoader.Benchmarks.LeakCheck;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Benchmarks;

/// <summary>
/// The suite's entry point: parses --profile, --categories, --leak-check, --data-dir, --launch-iterations and
/// --reverse-order, hands everything else to
/// BenchmarkSwitcher, and exits 0 when every benchmark ran and measured, 2 otherwise (bad arguments included); the leak check exits 1 on a leak.
/// </summary>
internal static class Program
{
    private const int Ok = 0;
    private const int Failed = 2;

    private static int Main(string[] args)
    {
        var (options, error) = BenchCommandLine.Parse(args);
        if (options is null)
        {
            return Fail($"flyrig-benchmarks: {error}");
        }

        try
        {
            // The benchmarks read the data through a link of fixed length, so bytes/op do not depend on where the repository is checked out.
            var (dataDir, fallback) = DataDirectoryAlias.Resolve(options.DataDirectory ?? BenchmarkEnvironment.DataDirectory(), Path.GetTempPath());
            if (fallback is not null)
            {
                Console.Error.WriteLine($"flyrig-benchmarks: note: {fallback}");
            }

            Environment.SetEnvironmentVariable(BenchmarkEnvironment.DataDirVariable, dataDir);
            Environment.SetEnvironmentVariable(BenchmarkEnvironment.ProfileVariable, options.Profile.ToString().ToLowerInvariant());

            return options.LeakCheckOutput is { } leakOutput
                ? LeakCheckRunner.Run(leakOutput, dataDir, Console.Out, options.LeakRule)
                : RunBenchmarks(options);
        }
        catch (FormatException ex)
        {
            return Fail($"flyrig-benchmarks: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            return Fail($"flyrig-benchmarks: {ex.Message}");
        }
        catch (FlyRigLoaderException ex)
        {
            // The leak check runs the library directly; its errors already name the file and what is wrong.
            return Fail($"flyrig-benchmarks: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail($"flyrig-benchmarks: {ex.Message}");
        }
    }

    private static int RunBenchmarks(BenchOptions options)
    {
        var defaultArtifacts = RepositoryRoot.FindFrom(Directory.GetCurrentDirectory()) is { } root
            ? Path.Combine(root, "artifacts", "benchmark-results")
            : null;
        var config = BenchmarkConfigFactory.Create(options.Profile, defaultArtifacts, options.LaunchIterations, options.ReverseOrder);
        if (options.Profile == BenchmarkProfile.Smoke)
        {
            config = ManualConfig.Create(config).AddFilter(new AnyCategoriesFilter([Categories.Smoke]));
        }

        if (options.Categories.Count > 0)
        {
            config = ManualConfig.Create(config).AddFilter(new AnyCategoriesFilter([.. options.Categories]));
        }

        // The gate makes these settings part of the run's job; a listing or help call measures nothing, so records nothing.
        if (!options.IsInformational)
        {
            RuntimeSettingsFile.Write(Path.GetFullPath(BenchCommandLine.ArtifactsFolder(options, defaultArtifacts) ?? "BenchmarkDotNet.Artifacts"));
        }

        // Reversed, the classes run last to first as well as the cases within each (the config's orderer only sees one class).
        var switcher = options.ReverseOrder
            ? BenchmarkSwitcher.FromTypes([.. BenchmarkTypes.InRunOrder(typeof(Program).Assembly, reverse: true)])
            : BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        var summaries = switcher
            .Run([.. BenchCommandLine.SwitcherArguments(options)], config)
            .ToList();
        return ExitCode(summaries, options.IsInformational, Console.Error);
    }

    /// <summary>0 when every selected benchmark ran and measured; 2 on a validation error, a failed or unmeasured benchmark, or an empty run.</summary>
    internal static int ExitCode(IReadOnlyList<Summary> summaries, bool informational, TextWriter log)
    {
        if (summaries.Count == 0)
        {
            if (informational)
            {
                return Ok;
            }

            log.WriteLine("flyrig-benchmarks: no benchmark matched the filters; nothing was measured");
            return Failed;
        }

        var problems = new List<string>();
        foreach (var summary in summaries)
        {
            problems.AddRange(summary.ValidationErrors.Where(e => e.IsCritical).Select(e => $"validation: {e.Message}"));
            foreach (var benchmark in summary.BenchmarksCases)
            {
                var report = summary.HasReport(benchmark) ? summary[benchmark] : null;
                if (report is null || !report.Success)
                {
                    problems.Add($"failed: {benchmark.DisplayInfo}");
                }
                else if (report.ResultStatistics is null || report.ResultStatistics.N == 0)
                {
                    problems.Add($"no measurements: {benchmark.DisplayInfo}");
                }
            }
        }

        foreach (var problem in problems)
        {
            log.WriteLine($"flyrig-benchmarks: {problem}");
        }

        return problems.Count == 0 ? Ok : Failed;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return Failed;
    }
}
