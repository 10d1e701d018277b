using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression.Interleaved;

namespace FlyRigLoader.Gate.Tests.Pipeline;

public sealed class AbRemeasuringTests
{
    private static MeasuredRun Round(string id) => LaunchRounds.Template(DateTimeOffset.UnixEpoch, id);

    private static AbRounds Rounds(int from, int count) =>
        new(Enumerable.Range(from, count).Select(i => Round("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            Enumerable.Range(from, count).Select(i => Round("b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), "rounds");

    [Fact]
    public void A_verdict_that_leaves_nothing_doubtful_is_not_measured_again()
    {
        var measured = 0;

        var (rounds, verdict, remeasures) = AbRemeasuring.Until(Rounds(0, 4), r => r.A.Count, _ => [], 3, (_, _) => { measured++; return Rounds(4, 4); });

        Assert.Equal((4, 4, 0, 0), (rounds.A.Count, verdict, remeasures, measured));
    }

    [Fact]
    public void Doubtful_methods_are_measured_again_and_pooled_until_the_verdict_settles()
    {
        var asked = new List<(IReadOnlyList<string> Methods, int N)>();

        // Doubtful while fewer than 12 rounds are pooled: two re-measures of 4 launches settle it.
        var (rounds, verdict, remeasures) = AbRemeasuring.Until(
            Rounds(0, 4), r => r.A.Count, pooled => pooled < 12 ? ["Ns.Type.Method"] : [], 5,
            (methods, n) => { asked.Add((methods, n)); return Rounds(4 * n, 4); });

        Assert.Equal(12, verdict);
        Assert.Equal(2, remeasures);
        Assert.Equal([1, 2], asked.Select(x => x.N));
        Assert.All(asked, x => Assert.Equal(["Ns.Type.Method"], x.Methods));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rounds.B.Select(r => r.Provenance.JobConfig));
    }

    [Fact]
    public void Re_measures_stop_at_the_configured_number_even_when_still_doubtful()
    {
        var (rounds, _, remeasures) = AbRemeasuring.Until(Rounds(0, 4), r => r.A.Count, _ => ["m"], 1, (_, n) => Rounds(4 * n, 4));

        Assert.Equal((8, 1), (rounds.A.Count, remeasures));
    }

    [Fact]
    public void Zero_re_measures_judge_the_first_rounds_only()
    {
        var (rounds, _, remeasures) = AbRemeasuring.Until(Rounds(0, 4), r => r.A.Count, _ => ["m"], 0, (_, _) => throw new InvalidOperationException("must not measure"));

        Assert.Equal((4, 0), (rounds.A.Count, remeasures));
    }

    [Fact]
    public void The_settled_verdict_is_rendered_once_as_the_loop_left_it_and_never_judged_again()
    {
        var judged = new List<object>();
        var rendered = new List<object>();

        // Every judgement is a new object, so a verdict judged again for output could not be the one the loop settled on.
        var result = AbRemeasuring.Settle(
            Rounds(0, 4),
            r =>
            {
                var verdict = new Tuple<int>(r.A.Count);
                judged.Add(verdict);
                return verdict;
            },
            v => v.Item1 < 12 ? ["m"] : [], 5, (_, n) => Rounds(4 * n, 4),
            v =>
            {
                rendered.Add(v);
                return "rendered " + v.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture);
            });

        Assert.Equal("rendered 12", result);
        Assert.Equal(3, judged.Count);
        Assert.Same(judged[^1], Assert.Single(rendered));
    }
}
