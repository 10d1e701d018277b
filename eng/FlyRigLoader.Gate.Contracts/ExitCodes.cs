namespace FlyRigLoader.Gate.Contracts;

/// <summary>The documented exit codes of every gate process and target, and how a run's outcome maps to them (2 dominates 1 dominates 0).</summary>
public static class ExitCodes
{
    /// <summary>Everything ran and passed.</summary>
    public const int Ok = 0;

    /// <summary>An SLA failed, or a regression was found.</summary>
    public const int GateFailed = 1;

    /// <summary>Invalid input, a failed benchmark, a timeout or an infrastructure error.</summary>
    public const int Error = 2;

    /// <summary>
    /// Everything ran and nothing failed, but at least one verdict (time, allocation or SLA) is INCONCLUSIVE or
    /// INCOMPARABLE: the gate could not tell, so by default it does not pass (<c>--accept-no-verdict</c> makes this 0).
    /// </summary>
    public const int NoVerdict = 3;

    /// <summary>Maps a run's outcome to its exit code.</summary>
    /// <param name="complete">All selected benchmarks have results (no timeout, none missing).</param>
    /// <param name="infrastructureOk">The build and the benchmark process succeeded.</param>
    /// <param name="failedBenchmarks">Cases that threw or produced no measurements.</param>
    /// <param name="slaFailed">FAIL verdicts.</param>
    /// <param name="slaNoData">NO_DATA verdicts (cannot be checked: fail closed).</param>
    /// <param name="regressionExitCode">The regression gate's code (0 when not run).</param>
    public static int For(bool complete, bool infrastructureOk, int failedBenchmarks, int slaFailed, int slaNoData, int regressionExitCode)
    {
        if (!complete || !infrastructureOk || failedBenchmarks > 0 || slaNoData > 0 || regressionExitCode >= Error || regressionExitCode < 0)
        {
            return Error;
        }

        return slaFailed > 0 || regressionExitCode == GateFailed ? GateFailed : Ok;
    }
}
