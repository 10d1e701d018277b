namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>Which job and which benchmarks a run uses.</summary>
public enum BenchmarkProfile
{
    /// <summary>Every benchmark at the standard sizes, with enough samples for the gate's statistics.</summary>
    Default,

    /// <summary>Category <c>smoke</c> only, with a fast job.</summary>
    Smoke,

    /// <summary>As <see cref="Default"/>, plus the 500 MB and 1 GB data-loading sizes.</summary>
    Large,
}
