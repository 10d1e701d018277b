using System.Globalization;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>Parses the suite's own options off the command line (pure; no I/O).</summary>
public static class BenchCommandLine
{
    private static readonly string[] ValueOptions = ["--profile", "--categories", "--leak-check", "--data-dir", "--launch-iterations", "--memory-tolerance-mb", "--leak-managed-slope-mb", "--leak-alpha"];

    /// <summary>Parses <paramref name="args"/>; returns the options or an error message naming the bad argument.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var profile = BenchmarkProfile.Default;
        var categories = new List<string>();
        string? leakCheck = null;
        string? dataDir = null;
        int? launchIterations = null;
        var reverse = false;
        int? toleranceMb = null;
        double? managedSlopeMb = null;
        double? alpha = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (name == "--reverse-order" && inlineValue is null)
            {
                reverse = true;
                continue;
            }

            if (!ValueOptions.Contains(name))
            {
                rest.Add(args[i]);
                continue;
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value) || (inlineValue is null && value.StartsWith("--", StringComparison.Ordinal)))
            {
                return (null, $"option {name} needs a value");
            }

            switch (name)
            {
                case "--profile":
                    var parsed = ParseProfile(value);
                    if (parsed is null)
                    {
                        return (null, $"--profile '{value}' is not one of default, smoke, large");
                    }

                    profile = parsed.Value;
                    break;
                case "--categories":
                    foreach (var category in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (category != "all" && !FlyRigLoader.Benchmarks.Categories.Main.Contains(category) && !FlyRigLoader.Benchmarks.Categories.Tags.Contains(category))
                        {
                            return (null, $"--categories: unknown category '{category}' (known: {string.Join(", ", FlyRigLoader.Benchmarks.Categories.Main)}, {string.Join(", ", FlyRigLoader.Benchmarks.Categories.Tags)}, all)");
                        }

                        categories.Add(category);
                    }

                    break;
                case "--leak-check":
                    leakCheck = value;
                    break;
                case "--launch-iterations":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                    {
                        return (null, $"--launch-iterations '{value}' is not a positive whole number");
                    }

                    launchIterations = n;
                    break;
                case "--memory-tolerance-mb":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) || mb < 1)
                    {
                        return (null, $"--memory-tolerance-mb '{value}' is not a positive whole number of MB");
                    }

                    toleranceMb = mb;
                    break;
                case "--leak-managed-slope-mb":
                    // The gate validated the config's range; this only refuses what no rule could use.
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var slope) || !(slope > 0) || double.IsInfinity(slope))
                    {
                        return (null, $"--leak-managed-slope-mb '{value}' is not a positive number of MB per cycle");
                    }

                    managedSlopeMb = slope;
                    break;
                case "--leak-alpha":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) || !(a > 0 && a < 1))
                    {
                        return (null, $"--leak-alpha '{value}' is not a significance level between 0 and 1");
                    }

                    alpha = a;
                    break;
                default:
                    dataDir = value;
                    break;
            }
        }

        // "all" anywhere in the list means no category filter.
        IReadOnlyList<string> selected = categories.Contains("all") ? [] : categories.Distinct(StringComparer.Ordinal).ToList();
        return (new BenchOptions(profile, selected, leakCheck, dataDir, rest, launchIterations, reverse, toleranceMb, managedSlopeMb, alpha), null);
    }

    /// <summary>The arguments for BenchmarkSwitcher: the pass-through ones plus <c>--filter *</c> when no filter was given, because the switcher would otherwise prompt on stdin.</summary>
    public static IReadOnlyList<string> SwitcherArguments(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hasFilter = options.SwitcherArguments.Any(a => a is "--filter" or "-f" || a.StartsWith("--filter=", StringComparison.Ordinal));
        return hasFilter ? options.SwitcherArguments : [.. options.SwitcherArguments, "--filter", "*"];
    }

    /// <summary>The folder BenchmarkDotNet writes to: the pass-through <c>--artifacts</c> value, else <paramref name="fallback"/>.</summary>
    public static string? ArtifactsFolder(BenchOptions options, string? fallback)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = options.SwitcherArguments;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--artifacts" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--artifacts=", StringComparison.Ordinal))
            {
                return args[i]["--artifacts=".Length..];
            }
        }

        return fallback;
    }

    private static BenchmarkProfile? ParseProfile(string value) => value switch
    {
        "default" => BenchmarkProfile.Default,
        "smoke" => BenchmarkProfile.Smoke,
        "large" => BenchmarkProfile.Large,
        _ => null,
    };

    private static (string Name, string? Value) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }
}
