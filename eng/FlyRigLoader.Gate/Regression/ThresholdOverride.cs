using FlyRigLoader.Gate.Core.Results;


namespace FlyRigLoader.Gate.Regression;

/// <summary>Thresholds for the benchmarks matching a full-name glob and/or a category; unset values keep the defaults.</summary>
internal sealed record ThresholdOverride
{
    /// <summary>Glob on the BenchmarkDotNet full name (<c>*</c> = any run of characters), or null for any.</summary>
    public string? Match { get; init; }

    /// <summary>Category (e.g. <c>discovery</c>), or null for any.</summary>
    public string? Category { get; init; }

    /// <summary>Overrides <see cref="GateConfig.FailThreshold"/>.</summary>
    public double? FailThreshold { get; init; }

    /// <summary>Overrides <see cref="GateConfig.WarnThreshold"/>.</summary>
    public double? WarnThreshold { get; init; }

    /// <summary>Overrides <see cref="GateConfig.NoiseFloorNs"/>.</summary>
    public double? NoiseFloorNs { get; init; }

    /// <summary>Overrides <see cref="GateConfig.AllocationToleranceBytes"/>.</summary>
    public double? AllocationToleranceBytes { get; init; }

    /// <summary>True when both the glob and the category (where given) match.</summary>
    public bool Matches(string fullName, string? category) =>
        (Match is null || Glob.IsMatch(Match, fullName))
        && (Category is null || string.Equals(Category, category, StringComparison.OrdinalIgnoreCase));
}
