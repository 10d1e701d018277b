using System.Globalization;
using FlyRigLoader.Gate.Contracts.CommandLine;
using FlyRigLoader.Gate.Contracts.Interleaving;

namespace FlyRigLoader.Interleaving.Cli;

/// <summary>The executor's command line (pure parse).</summary>
/// <param name="SuiteA">The base build's <c>FlyRigLoader.Benchmarks.dll</c>.</param>
/// <param name="SuiteB">The work tree's suite assembly.</param>
/// <param name="Methods">Methods to measure (<c>Namespace.Type.Method</c>), in order.</param>
/// <param name="Output">Where the result JSON goes (written atomically).</param>
/// <param name="Settings">Batch, pair and warmup settings.</param>
public sealed record RunnerArguments(string SuiteA, string SuiteB, IReadOnlyList<string> Methods, string Output, InterleavingSettings Settings)
{
    /// <summary>Usage text.</summary>
    public const string Usage =
        "usage: FlyRigLoader.Interleaving --a <suite.dll> --b <suite.dll> --method <Namespace.Type.Method> [--method …] --out <file.json>\n" +
        "       [--batch-ms 25] [--pairs 40] [--min-warmup-ms 1500] [--max-warmup-ms 15000] [--quiet-ms 500] [--max-measure-s 30] [--first A|B]";

    private static readonly string[] Options = ["a", "b", "method", "out", "batch-ms", "pairs", "min-warmup-ms", "max-warmup-ms", "quiet-ms", "max-measure-s", "first"];

    /// <summary>Parses <paramref name="args"/> with the gate's shared tokenizer (every option takes the next argument as its value).</summary>
    /// <exception cref="InterleavingException">An unknown option, a missing or malformed value.</exception>
    public static RunnerArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (options, error) = OptionTokens.Read(args, spaced: Options);
        IReadOnlyList<string> problems = error is not null ? [error] : OptionErrors.Check(options!, Options, []);
        if (problems.Count > 0)
        {
            throw new InterleavingException("command line", string.Join("; ", problems) + "\n" + Usage);
        }

        var settings = new InterleavingSettings();
        settings = OptionTokens.Last(options!, "batch-ms") is { } batch ? settings with { BatchMilliseconds = Positive("batch-ms", batch) } : settings;
        settings = OptionTokens.Last(options!, "pairs") is { } pairs ? settings with { Pairs = (int)Positive("pairs", pairs, integer: true) } : settings;
        settings = OptionTokens.Last(options!, "min-warmup-ms") is { } minWarmup ? settings with { MinWarmupMilliseconds = Positive("min-warmup-ms", minWarmup) } : settings;
        settings = OptionTokens.Last(options!, "max-warmup-ms") is { } maxWarmup ? settings with { MaxWarmupMilliseconds = Positive("max-warmup-ms", maxWarmup) } : settings;
        settings = OptionTokens.Last(options!, "quiet-ms") is { } quiet ? settings with { QuietMilliseconds = Positive("quiet-ms", quiet) } : settings;
        settings = OptionTokens.Last(options!, "max-measure-s") is { } measure ? settings with { MaxMeasureSeconds = Positive("max-measure-s", measure) } : settings;
        settings = OptionTokens.Last(options!, "first") switch
        {
            null or "A" => settings,
            "B" => settings with { BFirst = true },
            var other => throw new InterleavingException("command line", OptionErrors.BadValue("first", other, "must be A or B")),
        };
        var (a, b, output) = (OptionTokens.Last(options!, "a"), OptionTokens.Last(options!, "b"), OptionTokens.Last(options!, "out"));
        var methods = options!.TryGetValue("method", out var given) ? given : [];
        if (a is null || b is null || output is null || methods.Count == 0)
        {
            throw new InterleavingException("arguments", "--a, --b, --out and at least one --method are required\n" + Usage);
        }

        if (settings.MaxWarmupMilliseconds < settings.MinWarmupMilliseconds)
        {
            throw new InterleavingException("--max-warmup-ms", "must not be below --min-warmup-ms");
        }

        return new RunnerArguments(a, b, methods, output, settings);
    }

    private static double Positive(string name, string text, bool integer = false) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && double.IsFinite(v) && (!integer || v == Math.Floor(v))
            ? v
            : throw new InterleavingException("command line", OptionErrors.BadValue(name, text, $"is not a positive {(integer ? "integer" : "number")}"));
}
