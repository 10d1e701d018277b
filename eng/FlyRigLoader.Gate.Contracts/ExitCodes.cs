namespace FlyRigLoader.Gate.Contracts;

/// <summary>
/// The documented exit codes of every gate process and target, and how a run's outcome maps to them. Precedence:
/// 2 (error) over 1 (gate failed) over 3 (no verdict) over 0.
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
    /// <param name="slaInconclusive">INCONCLUSIVE SLA verdicts (a breach measured under interference).</param>
    /// <param name="acceptNoVerdict"><c>--accept-no-verdict</c>: no verdict is not a failure.</param>
    public static int For(bool complete, bool infrastructureOk, int failedBenchmarks, int slaFailed, int slaNoData, int regressionExitCode, int slaInconclusive = 0, bool acceptNoVerdict = false)
    {
        if (!complete || !infrastructureOk || failedBenchmarks > 0 || slaNoData > 0 || regressionExitCode is < Ok or > NoVerdict or Error)
        {
            return Error;
        }

        if (slaFailed > 0 || regressionExitCode == GateFailed)
        {
            return GateFailed;
        }

        return Accept(slaInconclusive > 0 || regressionExitCode == NoVerdict ? NoVerdict : Ok, acceptNoVerdict);
    }

    /// <summary>The most severe of <paramref name="codes"/> (2 over 1 over 3 over 0); an unknown code counts as an error.</summary>
    public static int Worst(params int[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return codes.Length == 0 ? Ok : codes.MaxBy(Severity);
    }

    /// <summary><paramref name="code"/>, with <see cref="NoVerdict"/> turned into <see cref="Ok"/> when accepted.</summary>
    public static int Accept(int code, bool acceptNoVerdict) => code == NoVerdict && acceptNoVerdict ? Ok : code;

    private static int Severity(int code) => code switch
    {
        Ok => 0,
        NoVerdict => 1,
        GateFailed => 2,
        _ => 3,
    };
}
