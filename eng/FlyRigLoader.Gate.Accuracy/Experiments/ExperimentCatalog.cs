using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>Every experiment of <c>GateAccuracy</c> by its option name, and the flavours they need.</summary>
internal static class ExperimentCatalog
{
    /// <summary>The option value that selects every experiment.</summary>
    public const string All = "all";

    /// <summary>The benchmark slowed when <c>--target-benchmark</c> is not given: one case, tens of microseconds of parsing, in every profile.</summary>
    public const string DefaultTarget = "*ConfigSmokeBenchmarks.LoadFromFile*";

    /// <summary>Extra bytes per operation of the allocation experiment (issue 13: +1 KB/op).</summary>
    public const int ExtraBytes = 1024;

    /// <summary>Every experiment, in round order.</summary>
    public static readonly IReadOnlyList<Experiment> Experiments =
    [
        new(ExperimentKind.Spread, "spread", "Fresh processes of the shipped build: each case's sd of log(median) between them.", 1, null, false),
        new(ExperimentKind.Aa, "aa", "Single runs of the shipped build judged against the scratch baseline (A/A).", 2, null, false),
        new(ExperimentKind.Inject125, "inject125", "Single runs of a flavour whose target benchmark takes x1.25 its time.", 1, new InjectionSpec("", 1.25, 0), false),
        new(ExperimentKind.Inject110, "inject110", "Single runs of a flavour whose target benchmark takes x1.10 its time.", 1, new InjectionSpec("", 1.10, 0), false),
        new(ExperimentKind.Alloc, "alloc", "Single runs of a flavour whose target benchmark allocates 1 KiB more per operation.", 1, new InjectionSpec("", 1.0, ExtraBytes), false),
        new(ExperimentKind.Neighbour, "neighbour", "Single runs of the shipped build beside a process copying 256 MB buffers on the other core, against the quiet runs of the same round.", 1, null, false),
        new(ExperimentKind.AgainstAa, "against-aa", "Interleaved A/B (the --against executor) of the shipped build against an identical, separately built copy.", 1, new InjectionSpec("", 1.0, 0), true),
        new(ExperimentKind.Against110, "against110", "Interleaved A/B of the shipped build against the x1.10 flavour.", 1, new InjectionSpec("", 1.10, 0), true),
    ];

    /// <summary>Option values <c>--experiments</c> accepts.</summary>
    public static IReadOnlyList<string> Names => [.. Experiments.Select(e => e.Name), All];

    /// <summary>The experiments named (comma lists, repeats and <c>all</c> allowed), in round order; none named means all.</summary>
    /// <exception cref="GateInputException">An unknown name.</exception>
    public static IReadOnlyList<Experiment> Select(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var wanted = names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(n => n != All && Experiments.All(e => e.Name != n)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new GateInputException("--experiments", $"unknown experiment(s) {string.Join(", ", unknown)}; valid: {string.Join(", ", Names)}");
        }

        return wanted.Count == 0 || wanted.Contains(All) ? Experiments : [.. Experiments.Where(e => wanted.Contains(e.Name))];
    }

    /// <summary>The experiment of a kind.</summary>
    public static Experiment Of(ExperimentKind kind) => Experiments.Single(e => e.Kind == kind);
}
