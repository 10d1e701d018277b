using System.Globalization;
using FlyRigLoader.Gate.Contracts.CommandLine;

namespace FlyRigLoader.Gate.Options;

/// <summary>
/// Turns the raw arguments Cake collected into <see cref="BuildOptions"/>, reporting every unknown option and
/// malformed value at once, each with the valid choices.
/// </summary>
public static class OptionParser
{
    /// <summary>Parses raw arguments (name → values as given) and the environment that influences defaults.</summary>
    public static OptionParseResult Parse(
        IReadOnlyDictionary<string, IReadOnlyList<string>> arguments,
        IReadOnlyDictionary<string, string?> environment)
    {
        var errors = new List<string>();
        var guide = new List<(GuideFlag Flag, string Value)>();
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, given) in arguments)
        {
            // Cake hands a bare flag (--ci-mode) over as a null value.
            IReadOnlyList<string> raw = [.. given.Select(v => v ?? string.Empty)];
            if (KnownOptions.CakeOwned.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var spec = KnownOptions.Find(name);
            if (spec is null && GuideFlags.Find(name) is { } flag)
            {
                var problem = Validate(new OptionSpec(flag.Name, flag.Kind, flag.Notice), raw);
                if (problem is not null)
                {
                    errors.Add(problem);
                }
                else
                {
                    guide.Add((flag, raw.Count > 0 ? raw[^1] : string.Empty));
                }

                continue;
            }

            if (spec is null)
            {
                errors.Add(OptionErrors.Unknown(name, KnownOptions.All.Select(o => o.Name)) + $" (and the suite guide's flags: {string.Join(", ", GuideFlags.All.Select(f => "--" + f.Name))})");
                continue;
            }

            var error = Validate(spec, raw);
            if (error is not null)
            {
                errors.Add(error);
                continue;
            }

            values[spec.Name] = raw;
        }

        if (errors.Count > 0)
        {
            return new OptionParseResult(null, errors);
        }

        var ci = string.Equals(environment.GetValueOrDefault("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var options = new BuildOptions
        {
            Configuration = Choice(values, "configuration") ?? "Release",
            Rebuild = Flag(values, "rebuild"),
            Categories = Categories(values),
            Profile = Choice(values, "profile") ?? "default",
            SmokeTest = Flag(values, "smoke-test"),
            MemoryProfiling = Flag(values, "memory-profiling"),
            StatisticalAnalysis = Flag(values, "statistical-analysis"),
            ReportArtifacts = Flag(values, "report-artifacts"),
            BaselineComparison = Flag(values, "baseline-comparison"),
            CiMode = values.ContainsKey("ci-mode") ? Flag(values, "ci-mode") : ci,
            StepSummaryPath = environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary ? summary : null,
            Verbose = Flag(values, "verbose"),
            Launches = Last(values, "launches") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : null,
            Timeout = Last(values, "timeout") is { } t ? TimeSpan.FromSeconds(int.Parse(t, CultureInfo.InvariantCulture)) : null,
            CategoryTimeouts = Last(values, "category-timeout") is { } ct ? CategoryTimeouts.Parse(ct) : null,
            EnvironmentAnalysis = Flag(values, "environment-analysis"),
            Filter = Last(values, "filter"),
            CompressArtifacts = Flag(values, "compress-artifacts"),
            Shard = Last(values, "shard") is { } s ? Shard.TryParse(s) : null,
            Report = Last(values, "report"),
            Baseline = Last(values, "baseline"),
            Threshold = Last(values, "threshold") is { } th ? double.Parse(th, NumberStyles.Float, CultureInfo.InvariantCulture) : null,
            Against = Last(values, "against"),
            Confirm = Flag(values, "confirm"),
            AllowMissingBaseline = Flag(values, "allow-missing-baseline"),
            AcceptNoVerdict = Flag(values, "accept-no-verdict"),
            AllowDirty = Flag(values, "allow-dirty"),
            AllowUnsettled = Flag(values, "allow-unsettled"),
            Anchor = values.TryGetValue("anchor", out var anchor) ? (anchor.Count > 0 ? anchor[^1] : string.Empty) : null,
            AnchorLabel = Last(values, "anchor-label"),
            FailOnCreep = Flag(values, "fail-on-creep"),
            DryRun = Flag(values, "dry-run"),
            Reports = Last(values, "reports"),
            Runtime = Choice(values, "runtime") ?? "steady",
            Fast = Flag(values, "fast"),
            ReportFormat = Choice(values, "report-format") ?? "gate",
            SummaryFile = Last(values, "summary-file"),
            Output = Last(values, "output"),
            ArtifactUrl = Last(values, "artifact-url"),
            RunUrl = Last(values, "run-url"),
            PullRequest = Last(values, "pull-request") is { } pr ? int.Parse(pr, CultureInfo.InvariantCulture) : null,
            Good = Last(values, "good"),
            Bad = Last(values, "bad"),
            SuiteDll = Last(values, "suite-dll"),
            Trials = Last(values, "trials") is { } trials ? int.Parse(trials, CultureInfo.InvariantCulture) : 10,
            Experiments = List(values, "experiments"),
            TargetBenchmark = Last(values, "target-benchmark"),
            BaselineRuns = Last(values, "baseline-runs") is { } k ? int.Parse(k, CultureInfo.InvariantCulture) : 5,
            RequireBars = Flag(values, "require-bars"),
        };

        // Guide flags apply after this build's own options, which win where both speak (see GuideFlag.Apply).
        foreach (var (flag, value) in guide)
        {
            options = flag.Apply(options, value);
        }

        return new OptionParseResult(options, []) { Notices = [.. guide.Select(g => g.Flag.Notice)] };
    }

    private static string? Validate(OptionSpec spec, IReadOnlyList<string> raw)
    {
        foreach (var value in raw)
        {
            var problem = spec.Kind switch
            {
                OptionKind.Flag => value is "" or "true" or "false" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
                    ? null : "expects no value, true or false",
                OptionKind.Choice => spec.Choices!.Contains(value, StringComparer.OrdinalIgnoreCase) ? null : "is not a valid choice",
                OptionKind.MultiChoice => SplitList(value).All(v => spec.Choices!.Contains(v, StringComparer.OrdinalIgnoreCase)) && SplitList(value).Any()
                    ? null : "contains an invalid choice",
                OptionKind.PositiveInteger => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? null : "must be a positive whole number",
                OptionKind.CategorySeconds => CategoryTimeouts.Parse(value) is not null ? null : "must be " + CategoryTimeouts.Usage + ", each a positive whole number and a category at most once",
                OptionKind.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && d > 0
                    ? null : "must be a positive number such as 0.15",
                // --anchor alone pins (UpdateBaseline); with a value it names a label or commit.
                _ when spec.Name == "anchor" && value.Length == 0 => null,
                _ => string.IsNullOrWhiteSpace(value) ? "must not be empty"
                    : spec.Name == "shard" && Shard.TryParse(value) is null ? "must be k/n with 1 <= k <= n" : null,
            };
            if (problem is not null)
            {
                return OptionErrors.BadValue(spec.Name, value, problem) + "; usage: " + spec.Usage;
            }
        }

        return null;
    }

    private static IEnumerable<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Last(Dictionary<string, IReadOnlyList<string>> values, string name) =>
        values.TryGetValue(name, out var raw) && raw.Count > 0 ? raw[^1] : null;

    private static bool Flag(Dictionary<string, IReadOnlyList<string>> values, string name) =>
        values.TryGetValue(name, out var raw) && !string.Equals(raw.Count > 0 ? raw[^1] : null, "false", StringComparison.OrdinalIgnoreCase);

    private static string? Choice(Dictionary<string, IReadOnlyList<string>> values, string name)
    {
        var value = Last(values, name);
        var spec = KnownOptions.Find(name)!;
        return value is null ? null : spec.Choices!.First(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Categories(Dictionary<string, IReadOnlyList<string>> values) => List(values, "category");

    // A multi-choice list, lower-cased, without repeats; "all" means every choice, written as the empty list.
    private static List<string> List(Dictionary<string, IReadOnlyList<string>> values, string name)
    {
        if (!values.TryGetValue(name, out var raw))
        {
            return [];
        }

        var chosen = raw.SelectMany(SplitList).Select(v => v.ToLowerInvariant()).Distinct().ToList();
        return chosen.Contains("all") ? [] : chosen;
    }
}
