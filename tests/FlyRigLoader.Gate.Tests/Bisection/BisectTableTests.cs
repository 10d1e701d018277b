using System.Globalization;
using FlyRigLoader.Gate.Bisection;

namespace FlyRigLoader.Gate.Tests.Bisection;

public sealed class BisectTableTests
{
    [Fact]
    public void The_table_has_a_row_per_step_and_the_culprit_with_its_ratio_against_its_parent()
    {
        var text = BisectTable.Render(BisectSamples.Result(), "artifacts/bisect/bisect-x.json");
        var rows = text.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal("| 1 | eeeeeeeeeeee | 4/4 | commit 4 | BAD | ×1.310 [1.245, 1.376] REGRESSION | 4 | 61.2 s | 95.4 s |", rows[1]);
        Assert.Contains("culprit: " + new string('d', 40) + " \"commit 3\" (2026-03-04T10:00:00+01:00), commit 3 of 4", text, StringComparison.Ordinal);
        Assert.Contains("against its parent cccccccccccc (4 launches, 40.2 s):", text, StringComparison.Ordinal);
        Assert.Contains("  N.T.M(Size: small): ×1.290 [1.226, 1.355] REGRESSION", text, StringComparison.Ordinal);
        Assert.Contains("CULPRIT (exit 0)", text, StringComparison.Ordinal);
        Assert.Contains("4 measured step(s) in 5 min 27 s; result: artifacts/bisect/bisect-x.json", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_lists_every_candidate_and_a_cached_build_says_so()
    {
        var result = BisectSamples.Result() with
        {
            Outcome = "RANGE", ExitCode = 3, Culprit = null, Candidates = [BisectSamples.Commit(2), BisectSamples.Commit(3)],
            Steps = [BisectSamples.Step(1, 4, "BAD", 1.3, "REGRESSION", cached: true), BisectSamples.Step(2, 2, "SKIPPED", 1.0, "MISSING") with { Benchmarks = [], Launches = 0 }],
        };

        var text = BisectTable.Render(result, "f.json");

        Assert.Contains("the first slow commit is one of:", text, StringComparison.Ordinal);
        Assert.Contains("  " + new string('c', 40) + " \"commit 2\"", text, StringComparison.Ordinal);
        Assert.Contains("| 1 | eeeeeeeeeeee | 4/4 | commit 4 | BAD | ×1.300 [1.235, 1.365] REGRESSION | 4 | cached |", text, StringComparison.Ordinal);
        Assert.Contains("| SKIPPED | - | 0 |", text, StringComparison.Ordinal);
        Assert.Contains("1 measured step(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_printed_the_same_in_every_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // The tests run with invariant globalization, so a culture with a decimal comma is made by hand.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            var line = BisectTable.StepLine(BisectSamples.Step(2, 2, "GOOD", 1.01, "NO_CHANGE"), 4);

            Assert.Equal("step 2: commit 2/4 cccccccccccc is GOOD (×1.010 [0.960, 1.061] NO_CHANGE; 95.4 s): N.T.M(Size: small): NO_CHANGE (because)", line);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
