using System.Globalization;
using FlyRigLoader.Gate.Accuracy.Experiments;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Accuracy.Run;

/// <summary>What a GateAccuracy run will do, decided from the options before anything runs (pure).</summary>
/// <param name="Options">The parsed options.</param>
/// <param name="Experiments">The experiments, in round order.</param>
/// <param name="Target">Full-name glob of the benchmark the injected experiments change.</param>
/// <param name="Trials">Trials per experiment (<c>--trials</c>).</param>
/// <param name="BaselineRuns">Runs in the scratch baseline.</param>
internal sealed record AccuracyPlan(BuildOptions Options, IReadOnlyList<Experiment> Experiments, string Target, int Trials, int BaselineRuns)
{
    /// <summary>The most trials per experiment a run accepts (a default-profile trial takes minutes).</summary>
    public const int MaxTrials = 100;

    /// <summary>The plan for <paramref name="options"/>.</summary>
    /// <exception cref="GateInputException">An unknown experiment, or a count out of range.</exception>
    public static AccuracyPlan From(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var experiments = ExperimentCatalog.Select(options.Experiments);
        if (options.Trials is < 1 or > MaxTrials)
        {
            throw new GateInputException("--trials", string.Create(CultureInfo.InvariantCulture, $"must be between 1 and {MaxTrials}, not {options.Trials}"));
        }

        if (options.BaselineRuns is < 1 or > MaxTrials)
        {
            throw new GateInputException("--baseline-runs", string.Create(CultureInfo.InvariantCulture, $"must be between 1 and {MaxTrials}, not {options.BaselineRuns}"));
        }

        var target = options.TargetBenchmark ?? ExperimentCatalog.DefaultTarget;
        if (target.Trim('*').Length == 0)
        {
            throw new GateInputException("--target-benchmark", $"'{target}' names no benchmark; give a glob of one method's full name, e.g. {ExperimentCatalog.DefaultTarget}");
        }

        return new AccuracyPlan(options, experiments, target, options.Trials, options.BaselineRuns);
    }

    /// <summary>True when a single-run experiment needs the scratch baseline.</summary>
    public bool NeedsBaseline => Experiments.Any(e => e.NeedsBaseline);

    /// <summary>True when an experiment changes the target benchmark.</summary>
    public bool NeedsTarget => Experiments.Any(e => e.Injection is { IsIdentity: false });

    /// <summary>True when the neighbour runs its own quiet runs (no A/A runs of the same round to compare with).</summary>
    public bool NeighbourNeedsQuietRuns => Has(ExperimentKind.Neighbour) && !Has(ExperimentKind.Aa);

    /// <summary>Suite runs (one BenchmarkDotNet process each) the plan makes: baseline, single-run trials, the neighbour's quiet runs.</summary>
    public int SuiteRuns =>
        (NeedsBaseline ? BaselineRuns : 0) + Experiments.Where(e => !e.Interleaved).Sum(e => e.Trials(Trials)) + (NeighbourNeedsQuietRuns ? Trials : 0);

    /// <summary>Interleaved A/B runs (each <c>ab_launches</c> processes of both builds).</summary>
    public int AbRuns => Experiments.Where(e => e.Interleaved).Sum(e => e.Trials(Trials));

    /// <summary>Whether the plan has an experiment.</summary>
    public bool Has(ExperimentKind kind) => Experiments.Any(e => e.Kind == kind);

    /// <summary>Every trial in run order: round by round, each experiment's share of the round in catalog order.</summary>
    public IReadOnlyList<ScheduledTrial> Schedule() =>
        [.. Enumerable.Range(1, Trials).SelectMany(round => Experiments.SelectMany(e =>
            Enumerable.Range(1, e.TrialsPerN).Select(k => new ScheduledTrial(round, e, ((round - 1) * e.TrialsPerN) + k))))];
}
