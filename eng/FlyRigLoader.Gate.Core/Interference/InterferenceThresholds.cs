namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>When a launch or a case counts as disturbed. Defaults are documented in the README and live in gate-config.json.</summary>
/// <param name="ForeignCores">
/// Average cores kept busy by other processes above which a launch is disturbed. A quiet 2-core VM measured 0.01-0.05
/// (daemons, the idle gate host); one busy neighbour is ~1. A quarter core sits far from both.
/// </param>
/// <param name="StealShare">Share of CPU time stolen by the hypervisor above which a launch is disturbed.</param>
/// <param name="LaunchSpread">
/// sd of a case's log launch medians above which its launches disagree (with at least two launches); 0.10 is three times
/// the spread the issue sets as the bar for a settled suite, so a settled case never reaches it.
/// </param>
/// <param name="LaunchSpreadVsSuite">
/// A case's launch spread must also exceed this multiple of the suite's median launch spread in the same run: a run whose
/// every case spreads alike is a noisy machine (the band covers it), not one disturbed case.
/// </param>
/// <param name="CalibrationShift">
/// Relative move of the calibration probe's speed factor, in either direction (ratio beyond 1 + this or below
/// 1 / (1 + this)), between the run's start and its end above which every launch of the run counts as disturbed.
/// </param>
/// <param name="BeyondInterference">
/// A failing time verdict this many times past its bar (an SLA's observed value over its limit, a regression's lower
/// ratio bound) fails whatever the witnesses say: a neighbour does not explain it. The calibration probe beside another
/// session's full build on this 2-core host fell at worst 3.3× (2.3 → 0.7); 5× leaves room above that.
/// </param>
/// <param name="RunQueueShare">
/// Share of a case's measured wall time its benchmark thread spent waiting, runnable, for a CPU, above which that launch of
/// the case is disturbed: the case's own witness, where the others are the whole launch's.
/// </param>
/// <param name="MemoryProbeShift">
/// How much slower than the run's quiet readings (their lower quartile over every case and launch) the memory probe around
/// a case's launch may read before that launch of the case counts as disturbed; 0 switches the witness off. In the suite's
/// launches the probe (fastest of 25 readings) read up to +28 % in quiet launches and +29-39 % in a burst's.
/// </param>
/// <param name="SettledLaunchSpread">
/// A run whose launches disagree by more than this (median over its cases of the sd of log launch medians) is unsettled:
/// it ran in the host's bursts, and every launch of every case it measured counts as disturbed. The same limit as
/// <c>baseline_max_launch_spread</c>, which the loader copies here so that "settled" means one thing; 0 switches the
/// witness off.
/// </param>
public sealed record InterferenceThresholds(
    double ForeignCores = 0.25, double StealShare = 0.05, double LaunchSpread = 0.10, double LaunchSpreadVsSuite = 3.0, double CalibrationShift = 0.15, double BeyondInterference = 5.0,
    double RunQueueShare = 0.05, double MemoryProbeShift = 0.25, double SettledLaunchSpread = 0.06);
