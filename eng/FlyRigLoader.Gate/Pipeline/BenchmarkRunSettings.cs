using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>Knobs of <see cref="BenchmarkRun"/> that are not user options (tests and special setups).</summary>
/// <param name="BenchmarkCommand">Command that starts the benchmark exe (file + leading arguments); null = <c>dotnet &lt;built dll&gt;</c>.</param>
/// <param name="SkipBuild">Do not build the benchmark project (it is already built, or a test fake is used).</param>
/// <param name="SkipCalibration">Leave calibration out (tests; normalization then uses factor 1).</param>
/// <param name="Environment">Environment variable lookup (tests substitute it).</param>
/// <param name="ChartRendererCommand">Command that starts the chart renderer (file + leading arguments); null = <c>dotnet &lt;built FlyRigLoader.Charts.dll&gt;</c>.</param>
public sealed record BenchmarkRunSettings(
    IReadOnlyList<string>? BenchmarkCommand = null,
    bool SkipBuild = false,
    bool SkipCalibration = false,
    Func<string, string?>? Environment = null,
    IReadOnlyList<string>? ChartRendererCommand = null)
{
    /// <summary>Where the machine's load is read around each launch; null = this machine's <c>/proc</c> (tests simulate a neighbour).</summary>
    internal IMachineLoadSource? LoadSource { get; init; }

    /// <summary>Runs the calibration in the given scratch folder; null = <see cref="Calibration.CalibrationRunner.Run"/> (tests script a machine that moved).</summary>
    internal Func<string, Calibration.CalibrationResult>? Calibrate { get; init; }

    /// <summary>
    /// Other processes' cores over one accounting window (given the logical cores), read while waiting for quiet before a
    /// re-measure round (<see cref="Interference.QuietWait"/>). Null = this machine's <c>/proc</c> when the run starts the
    /// real suite (<see cref="BenchmarkCommand"/> null), else no wait: a test's fake benchmark must not wait on the real
    /// machine's load.
    /// </summary>
    internal Func<int, double?>? ForeignCoresOverWindow { get; init; }
}
