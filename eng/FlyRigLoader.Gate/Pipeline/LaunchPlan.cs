using System.Globalization;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// How one Benchmarks run measures (pure): the suite runs in <see cref="Launches"/> fresh processes one after another,
/// each measuring every selected case for <see cref="IterationsPerLaunch"/> iterations, and the gate pools them. One
/// process's luck (JIT tiering and PGO decisions, GC and virtual-memory state) moves all of its samples together, so
/// only several processes show how far a median can move between processes; splitting the profile's iterations keeps
/// the pooled sample count, and so the statistics, about the same.
/// </summary>
/// <param name="Launches">Fresh processes per run (L).</param>
/// <param name="IterationsPerLaunch">Measured iterations per case in each process.</param>
internal sealed record LaunchPlan(int Launches, int IterationsPerLaunch)
{
    /// <summary>Default launches of every profile.</summary>
    /// <remarks>
    /// 3: two degrees of freedom for the run's own between-launch spread, and a median of three processes instead of
    /// one. A launch's fixed cost is a process start plus every case's pilot, warmup and setup, which the 2026-12-03
    /// default-profile log puts at ~80 s of its ~165 s (the measured iterations are ~85 s): 3 × (80 + 85/3) ≈ 5.4 min,
    /// the most that fits the 6-minute budget. Smoke launches cost a few seconds each.
    /// </remarks>
    public const int DefaultLaunches = 3;

    /// <summary>The measured iterations a run pools per case in each profile (L × per-launch iterations by default).</summary>
    public static int TotalIterations(string profile) => profile switch
    {
        // The suite's own 15: enough samples for the gate's confidence intervals and Mann-Whitney test.
        "default" or "large" => 15,
        // The suite's own smoke count is 5; 3 launches × 2 iterations = 6 keeps it as cheap and gives every launch a median of two.
        "smoke" => 6,
        _ => throw new ArgumentException($"unknown profile '{profile}'", nameof(profile)),
    };

    /// <summary>The plan of <paramref name="profile"/>, with <paramref name="launches"/> (<c>--launches</c>) replacing the default.</summary>
    public static LaunchPlan For(string profile, int? launches)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var count = launches ?? DefaultLaunches;
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(launches), launches, "--launches must be a positive whole number");
        }

        // Rounded up: a run never measures fewer samples than its profile promises.
        return new LaunchPlan(count, (TotalIterations(profile) + count - 1) / count);
    }

    /// <summary>Measured iterations per case over all launches.</summary>
    public int PooledIterations => Launches * IterationsPerLaunch;

    /// <summary>
    /// Whether launch <paramref name="index"/> (0-based) runs the suite in reverse order: every other one, so no case
    /// always follows the same neighbour or always runs early in a process.
    /// </summary>
    public static bool Reversed(int index) => index % 2 == 1;

    /// <summary>One line for the console, e.g. <c>3 launches × 5 iterations</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Launches} launch{(Launches == 1 ? "" : "es")} × {IterationsPerLaunch} iteration{(IterationsPerLaunch == 1 ? "" : "s")}");
}
