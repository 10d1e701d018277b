namespace FlyRigLoader.Benchmarks.Data;

/// <summary>The config sizes of spec §4.2 (test_benchmark_config.py).</summary>
/// <param name="Name">Parameter value used in benchmark names (small|medium|large).</param>
/// <param name="Datasets">Number of datasets.</param>
/// <param name="Experiments">Number of experiments.</param>
/// <param name="MaxMonths">Upper bound of months with recording dates per dataset.</param>
/// <param name="MaxDaysPerMonth">Upper bound of recording days per month.</param>
/// <param name="MaxVials">Upper bound of vials per date.</param>
public sealed record ConfigSize(string Name, int Datasets, int Experiments, int MaxMonths, int MaxDaysPerMonth, int MaxVials)
{
    /// <summary>1 dataset, 1 experiment: a single-study project.</summary>
    public static readonly ConfigSize Small = new("small", 1, 1, 1, 4, 6);

    /// <summary>50 datasets, 25 experiments, each with its own extraction regex and filters: a realistic lab config.</summary>
    public static readonly ConfigSize Medium = new("medium", 50, 25, 2, 6, 10);

    /// <summary>500 datasets with up to 12 × 28 dates of up to 19 vials, 200 experiments: the ~3 MB stress config.</summary>
    public static readonly ConfigSize Large = new("large", 500, 200, 12, 28, 19);

    /// <summary>All sizes, smallest first.</summary>
    public static readonly IReadOnlyList<ConfigSize> All = [Small, Medium, Large];

    /// <summary>The size called <paramref name="name"/>; throws for an unknown name.</summary>
    public static ConfigSize Parse(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"unknown config size '{name}' (small|medium|large)", nameof(name));
}
