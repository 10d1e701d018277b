using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression.Interleaved;

namespace FlyRigLoader.Gate.Tests.Pipeline;

public sealed class AbRoundsTests
{
    [Fact]
    public void A_re_measure_appends_its_rounds_to_both_sides_keeping_them_paired()
    {
        static MeasuredRun Round(string id) => LaunchRounds.Template(DateTimeOffset.UnixEpoch, id);
        var first = new AbRounds([Round("a0"), Round("a1")], [Round("b0"), Round("b1")], "first");
        var more = new AbRounds([Round("a2")], [Round("b2")], "more");

        var pooled = first.Then(more);

        Assert.Equal(["a0", "a1", "a2"], pooled.A.Select(r => r.Provenance.JobConfig));
        Assert.Equal(["b0", "b1", "b2"], pooled.B.Select(r => r.Provenance.JobConfig));
        Assert.Equal("first", pooled.How);
    }
}
