namespace FlyRigLoader.Gate.Contracts;

/// <summary>
/// The documented exit codes of every gate process and target, and how a run's outcome maps to them. Precedence:
/// 2 (error) dominates 1 (gate failed) dominates 3 (no verdict) dominates 0; see <see cref="Worst"/>.
/// </summary>
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
    /// INCOMPARABLE: the gate cannot say pass, so it does not (<c>--accept-no-verdict</c> turns it into 0).
    /// </summary>
    public const int NoVerdict = 3;

    /// <summary>Maps a run's outcome to its exit code.</summary>
    /// <param name="complete">All selected benchmarks have results (no timeout, none missing).</param>
    /// <param name="infrastructureOk">The build and the benchmark process succeeded.</param>
    /// <param name="failedBenchmarks">Cases that threw or produced no measurements.</param>
    /// <param name="slaFailed">FAIL verdicts.</param>
    /// <param name="slaNoData">NO_DATA verdicts (cannot be checked: fail closed).</param>
    /// <param name="regressionExitCode">The regression gate's code (0 when not run).</param>
    /// <param name="noVerdicts">INCONCLUSIVE or INCOMPARABLE verdicts of the run itself (its SLAs).</param>
    public static int For(bool complete, bool infrastructureOk, int failedBenchmarks, int slaFailed, int slaNoData, int regressionExitCode, int noVerdicts = 0)
    {
        if (!complete || !infrastructureOk || failedBenchmarks > 0 || slaNoData > 0 || regressionExitCode is not (Ok or GateFailed or NoVerdict))
        {
            return Error;
        }

        if (slaFailed > 0 || regressionExitCode == GateFailed)
        {
            return GateFailed;
        }

        return noVerdicts > 0 || regressionExitCode == NoVerdict ? NoVerdict : Ok;
    }

    /// <summary>The code that wins when several steps each gave one (2 over 1 over 3 over 0; anything unknown counts as 2).</summary>
    public static int Worst(params int[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return codes.Length == 0 ? Ok : codes.MaxBy(Rank);
    }

    private static int Rank(int code) => code switch
    {
        Ok => 0,
        NoVerdict => 1,
        GateFailed => 2,
        _ => 3,
    };
}
