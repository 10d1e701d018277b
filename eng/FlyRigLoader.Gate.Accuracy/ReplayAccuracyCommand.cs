using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.CommandLine;
using FlyRigLoader.Gate.Interference;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Accuracy;

/// <summary>
/// <c>replay-accuracy --manifest trials.json [--config gate-config.json] [--variant name={json}]... [--settled] [--interference] [--details]</c>:
/// re-judges recorded accuracy trials with one or more rule variants and prints the accuracy table. Runs no benchmark.
/// <c>--settled</c> keeps only settled runs, as UpdateBaseline would have kept them in the baseline, in the baseline and
/// among the trials: what the first look is worth when neither side was measured in the host's bursts.
/// <c>--interference</c> reads each trial's report with the interference review first, as CheckRegression judges a saved
/// report: a failing time verdict of a case the run's witnesses saw disturbed is INCONCLUSIVE.
/// Exit 0, or 2 on invalid input.
/// </summary>
internal static class ReplayAccuracyCommand
{
    /// <summary>The command name.</summary>
    public const string Name = "replay-accuracy";

    /// <summary>Usage text.</summary>
    public const string Usage =
        "usage: replay-accuracy --manifest <trials.json> [--config <gate-config.json>] [--variant <name>=<json object of config keys>]... [--pool <n>] [--settled] [--interference] [--details]\n" +
        "       --pool n: judge each trial pooled with the next n-1 trials of the same kind (what --confirm's pooled re-runs would see)\n" +
        "       --settled: only runs whose launches agree within baseline_max_launch_spread, in each set's baseline (at least 3) and among its trials\n" +
        "       --interference: judge each trial as CheckRegression judges a saved report, failing time verdicts of disturbed cases INCONCLUSIVE (not with --pool)\n" +
        "       e.g. --variant 'loo={\"suite_normalization\":\"leave-one-out\"}'  (the config file as is is always the variant 'config')";

    private static readonly string[] ValueOptions = ["manifest", "config", "variant", "pool"];

    /// <summary>Runs the command with the arguments after its name.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (options, problem) = OptionTokens.Read(args, spaced: ValueOptions);
        IReadOnlyList<string> problems = problem is not null ? [problem] : OptionErrors.Check(options!, ValueOptions, ["details", "settled", "interference"]);
        var pool = 1;
        if (problems.Count == 0 && OptionTokens.Last(options!, "pool") is { } poolText
            && !(int.TryParse(poolText, NumberStyles.None, CultureInfo.InvariantCulture, out pool) && pool >= 1))
        {
            problems = [OptionErrors.BadValue("pool", poolText, "must be a positive whole number")];
        }

        if (problems.Count > 0)
        {
            problems.ToList().ForEach(p => error.WriteLine("error: " + p));
            error.WriteLine(Usage);
            return GateInputException.ExitCode;
        }

        var (manifest, configPath, details) = (OptionTokens.Last(options!, "manifest"), OptionTokens.Last(options!, "config"), OptionTokens.Flag(options!, "details"));
        var settled = OptionTokens.Flag(options!, "settled");
        var interference = OptionTokens.Flag(options!, "interference");
        if (interference && pool > 1)
        {
            error.WriteLine("error: --interference judges each trial's own report and cannot be combined with --pool");
            error.WriteLine(Usage);
            return GateInputException.ExitCode;
        }

        var variantArgs = options!.TryGetValue("variant", out var given) ? given : [];
        if (manifest is null)
        {
            error.WriteLine("error: --manifest is required");
            error.WriteLine(Usage);
            return GateInputException.ExitCode;
        }

        try
        {
            var baseText = configPath is null ? "{}" : File.Exists(configPath) ? File.ReadAllText(configPath) : throw new GateInputException(configPath, "gate config not found");
            var variants = new List<(string Name, GateConfig Config)> { ("config", GateConfigLoader.Parse(baseText, configPath ?? "defaults")) };
            variants.AddRange(variantArgs.Select(v => Variant(baseText, v)));
            var sets = ReplayManifest.Load(manifest);
            var loaded = sets.Select(s => (Set: s, Data: AccuracyReplay.Load(s))).ToList();
            if (pool > 1)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Each trial pooled with the next {pool - 1} trial(s) of the same kind; windows that do not fit are dropped."));
            }

            output.WriteLine("| Variant | Set | A/A time false alarms | burner time false alarms | alloc-run time false alarms | allocation false alarms | x1.25 exact (flagged) "
                + "| x1.25 concurrent exact (flagged) | x1.10 flagged | alloc hits | A/A with SUSPECTED | logged reproduced | target REGRESSION from (median, range) "
                + "| cases that would call x1.25 a REGRESSION (median over trials) | trials with a time INCONCLUSIVE |");
            output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var (name, config) in variants)
            {
                foreach (var (whole, all) in loaded)
                {
                    var (set, data) = settled ? SettledOnly(whole, all, config.BaselineMaxLaunchSpread) : (whole, all);
                    if (data is null)
                    {
                        output.WriteLine($"| {name} | {set.Name} | fewer than 3 settled baseline runs: not judged |");
                        continue;
                    }

                    var outcomes = Windows(set.Trials, pool).Select(w => AccuracyReplay.Replay(
                        w[0], data.Value.Baseline, w.Select(t => data.Value.Runs[t.RunId]).ToList(), config,
                        interference ? InterferenceReview.Inconclusive(data.Value.Reports[w[0].RunId], config.Interference, "a replayed report cannot be measured again") : null)).ToList();
                    output.WriteLine(Row(name, set, AccuracyReplay.Score(outcomes)) + $" {ResolutionCell(outcomes)} | {SuiteCell(outcomes)} | {InconclusiveCell(outcomes)} |");
                    if (details)
                    {
                        outcomes.ForEach(o => output.WriteLine("    " + Detail(o)));
                    }
                }
            }

            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return GateInputException.ExitCode;
        }
    }

    /// <summary>
    /// The set with only its settled runs (launches agreeing within <paramref name="limit"/>): in the baseline, as
    /// UpdateBaseline would have kept them, and among the trials; null data when fewer than three baseline runs are left.
    /// The set's name says how many of each were kept.
    /// </summary>
    private static (ReplaySet Set, (LoadedBaseline Baseline, IReadOnlyDictionary<string, Baselines.MeasuredRun> Runs, IReadOnlyDictionary<string, BenchmarkReport> Reports)? Data) SettledOnly(
        ReplaySet set, (LoadedBaseline Baseline, IReadOnlyDictionary<string, Baselines.MeasuredRun> Runs, IReadOnlyDictionary<string, BenchmarkReport> Reports) data, double limit)
    {
        var (baseline, runs, reports) = data;
        bool Settled(double? spread) => spread is not { } s || s <= limit;
        var kept = baseline.File.Runs.Where(r => Settled(Baselines.MeasuredRun.LaunchSpreadOf(r.Benchmarks))).ToList();
        var trials = set.Trials.Where(t => Settled(runs[t.RunId].LaunchSpread)).ToList();
        var named = set with
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"{set.Name} (settled: baseline {kept.Count}/{baseline.File.Runs.Count}, trials {trials.Count}/{set.Trials.Count})"),
            Trials = trials,
        };
        return (named, kept.Count < 3 ? null : (baseline with { File = baseline.File with { Runs = kept } }, runs, reports));
    }

    /// <summary>Each trial with the next <paramref name="pool"/> − 1 trials of the same kind, factor and concurrency.</summary>
    private static List<List<ReplayTrial>> Windows(IReadOnlyList<ReplayTrial> trials, int pool) =>
        trials.GroupBy(t => (t.Kind, t.Factor, t.Concurrent))
            .SelectMany(g =>
            {
                var list = g.ToList();
                return Enumerable.Range(0, Math.Max(0, list.Count - pool + 1)).Select(i => list.GetRange(i, pool));
            })
            .ToList();

    private static (string Name, GateConfig Config) Variant(string baseText, string spec)
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new GateInputException("--variant", $"'{spec}' must be <name>=<json object>");
        }

        var name = spec[..eq];
        JObject overrides;
        try
        {
            overrides = JToken.Parse(spec[(eq + 1)..]) as JObject ?? throw new GateInputException("--variant " + name, "the overrides must be a JSON object");
        }
        catch (JsonReaderException e)
        {
            throw new GateInputException("--variant " + name, "the overrides are not valid JSON: " + e.Message, e);
        }

        var merged = (JObject)JToken.Parse(baseText);
        merged.Merge(overrides, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace });
        return (name, GateConfigLoader.Parse(merged.ToString(), "--variant " + name));
    }

    private static string Row(string variant, ReplaySet set, AccuracyScore s)
    {
        string Of(int n, int of) => of == 0 ? "-" : $"{n.ToString(CultureInfo.InvariantCulture)}/{of.ToString(CultureInfo.InvariantCulture)}";
        string Inject(double factor, bool concurrent) =>
            s.Injects.FirstOrDefault(i => Math.Abs(i.Factor - factor) < 1e-9 && i.Concurrent == concurrent) is { } i ? $"{Of(i.Exact, i.Trials)} ({Of(i.Flagged, i.Trials)})" : "-";
        var small = s.Injects.Where(i => i.Factor < 1.2).ToList();
        return $"| {variant} | {set.Name} | {Of(s.AaTimeAlarms, s.AaTrials)} | {Of(s.BurnerAlarms, s.BurnerTrials)} | {Of(s.AllocRunTimeAlarms, s.AllocTrials)} | {Of(s.AllocationFalseAlarms, s.NonAllocTrials)} | " +
            $"{Inject(1.25, false)} | {Inject(1.25, true)} | {(small.Count == 0 ? "-" : Of(small.Sum(i => i.Flagged), small.Sum(i => i.Trials)))} | {Of(s.AllocHits, s.AllocTrials)} | {Of(s.AaSuspectedTrials, s.AaTrials)} | {Of(s.Reproduced, s.Logged)} |";
    }

    /// <summary>The target's REGRESSION resolution over the trials that have one: what the first look could call there.</summary>
    private static string ResolutionCell(IReadOnlyList<TrialOutcome> outcomes)
    {
        var values = outcomes.Select(o => o.TargetResolution?.Regression).OfType<double>().Order().ToList();
        var capped = outcomes.Count(o => o.TargetResolution is { Regression: null });
        return values.Count == 0 ? (capped > 0 ? string.Create(CultureInfo.InvariantCulture, $"capped in {capped}") : "-")
            : string.Create(CultureInfo.InvariantCulture, $"+{Core.Statistics.RobustStatistics.Median(values) * 100:0}% (+{values[0] * 100:0}–{values[^1] * 100:0}%, {values.Count} trials{(capped > 0 ? $"; capped in {capped}" : string.Empty)})");
    }

    /// <summary>Trials with a time INCONCLUSIVE, by kind (only with --interference).</summary>
    private static string InconclusiveCell(IReadOnlyList<TrialOutcome> outcomes)
    {
        static string Kind(TrialOutcome o) => o.Trial.Kind + (o.Trial.Factor is { } f ? "x" + f.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty);
        var kinds = outcomes.GroupBy(Kind)
            .Where(g => g.Any(o => o.Inconclusive is { Count: > 0 }))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count(o => o.Inconclusive is { Count: > 0 })}/{g.Count()}"))
            .ToList();
        return kinds.Count == 0 ? "-" : string.Join(", ", kinds);
    }

    /// <summary>How many of a trial's benchmarks could call +25 % a REGRESSION, typically over the trials, of how many.</summary>
    private static string SuiteCell(IReadOnlyList<TrialOutcome> outcomes)
    {
        var suites = outcomes.Select(o => o.SuiteResolution).OfType<ResolutionSummary>().ToList();
        return suites.Count == 0 ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{Core.Statistics.RobustStatistics.Median(suites.Select(s => (double)s.RegressionAt25).ToList()):0.#} of {suites.Max(s => s.Benchmarks)} ({suites.Min(s => s.RegressionAt25)}–{suites.Max(s => s.RegressionAt25)})");
    }

    private static string Detail(TrialOutcome o)
    {
        static string Short(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join(",", names.Select(n => n[(n.LastIndexOf('.', n.Contains('(', StringComparison.Ordinal) ? n.IndexOf('(', StringComparison.Ordinal) : n.Length - 1) + 1)..]));
        var t = o.Trial;
        var what = t.Kind + (t.Factor is { } f ? "x" + f.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty) + (t.Concurrent ? "(conc)" : string.Empty);
        var reproduced = o.ReproducesLog switch { true => "=log", false => "!=log " + Logged(t.Logged!), _ => "unlogged" };
        var resolution = o.TargetResolution is not { } res ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" R-from={(res.Regression is { } from ? $"+{from * 100:0.#}%" : "capped")} S-from=+{res.Flagged * 100:0.#}%");
        var ratio = o.TargetRatio is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "-";
        return $"{t.RunId} {what}: R={Short(o.Regression)} S={Short(o.Suspected)} I={Short(o.Inconclusive ?? [])} A={Short(o.Allocation)} target={ratio}{resolution} {reproduced} | {(o.TargetReason is { } why ? "target: " + why : o.DriftNote)}";
    }

    private static string Logged(LoggedVerdicts l) => $"(log R={l.Regression?.Count} S={l.Suspected?.Count} A={l.Allocation?.Count})";
}
