using System.Globalization;
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
        "       [--batch-ms 25] [--pairs 40] [--min-warmup-ms 1500] [--max-warmup-ms 15000] [--quiet-ms 500] [--max-measure-s 30]";

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="InterleavingException">An unknown option, a missing or malformed value.</exception>
    public static RunnerArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? a = null, b = null, output = null;
        var methods = new List<string>();
        var settings = new InterleavingSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new InterleavingException(name, "needs a value\n" + Usage);
            switch (name)
            {
                case "--a": a = value; break;
                case "--b": b = value; break;
                case "--method": methods.Add(value); break;
                case "--out": output = value; break;
                case "--batch-ms": settings = settings with { BatchMilliseconds = Positive(name, value) }; break;
                case "--pairs": settings = settings with { Pairs = (int)Positive(name, value, integer: true) }; break;
                case "--min-warmup-ms": settings = settings with { MinWarmupMilliseconds = Positive(name, value) }; break;
                case "--max-warmup-ms": settings = settings with { MaxWarmupMilliseconds = Positive(name, value) }; break;
                case "--quiet-ms": settings = settings with { QuietMilliseconds = Positive(name, value) }; break;
                case "--max-measure-s": settings = settings with { MaxMeasureSeconds = Positive(name, value) }; break;
                default: throw new InterleavingException(name, "unknown option\n" + Usage);
            }
        }

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
            : throw new InterleavingException(name, $"'{text}' is not a positive {(integer ? "integer" : "number")}");
}
