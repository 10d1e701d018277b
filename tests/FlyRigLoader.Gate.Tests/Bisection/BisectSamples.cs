using FlyRigLoader.Gate.Bisection;

namespace FlyRigLoader.Gate.Tests.Bisection;

/// <summary>A bisection of four commits whose third planted a slowdown, as the search would have recorded it.</summary>
internal static class BisectSamples
{
    public static BisectCommit Commit(int i) => new(new string((char)('a' + i), 40), $"commit {i}", $"2026-03-0{i + 1}T10:00:00+01:00");

    public static BisectRange Range() => new(Commit(0), Commit(4), [Commit(1).Sha, Commit(2).Sha, Commit(3).Sha, Commit(4).Sha]);

    public static BenchmarkRatio Ratio(double ratio, string verdict) => new("N.T.M(Size: small)", verdict, ratio, ratio * 0.95, ratio * 1.05);

    public static BisectStep Step(int step, int position, string outcome, double ratio, string verdict, bool cached = false) => new()
    {
        Step = step, Position = position, Commit = Commit(position), Outcome = outcome, Reason = $"N.T.M(Size: small): {verdict} (because)",
        Benchmarks = [Ratio(ratio, verdict)], Launches = 4, Remeasures = 0, BuildCached = cached, BuildSeconds = cached ? 0 : 61.2, WallSeconds = 95.4,
    };

    public static IReadOnlyList<BisectStep> Steps() =>
    [
        Step(1, 4, "BAD", 1.31, "REGRESSION"),
        Step(2, 2, "GOOD", 1.01, "NO_CHANGE"),
        Step(3, 3, "BAD", 1.30, "REGRESSION"),
    ];

    public static BisectResult Result() => new()
    {
        RunId = "20260301T100000Z-eeeeeee", Outcome = "CULPRIT", ExitCode = 0, Message = "first slow commit: cccccccccccc \"commit 2\"",
        Good = Commit(0), Bad = Commit(4), PathLength = 4, Benchmarks = ["N.T.M"], Filter = "*N.T.M*", Profile = "smoke", Threshold = 0.15,
        Measuring = new BisectMeasuring("interleaved", 4, 2, 4), Steps = Steps(),
        Culprit = new BisectCulprit
        {
            Commit = Commit(3), Position = 3, Parent = Commit(2), Benchmarks = [Ratio(1.29, "REGRESSION")],
            Note = "against its parent alone it is slower past the threshold: this commit is the step", Launches = 4, WallSeconds = 40.2,
        },
        Candidates = [Commit(3)], StartedUtc = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), WallSeconds = 326.5,
    };
}
