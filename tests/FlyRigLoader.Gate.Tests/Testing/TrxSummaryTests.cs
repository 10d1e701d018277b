using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.Testing;

/// <summary>The Test target's closing line and its refusal of an empty or failed run come from these counters.</summary>
public sealed class TrxSummaryTests
{
    private const string Trx = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <ResultSummary outcome="Failed">
            <Counters total="10" executed="9" passed="7" failed="1" error="1" timeout="0" aborted="0" notExecuted="1" />
          </ResultSummary>
        </TestRun>
        """;

    [Fact]
    public void Parse_counters_sums_failures_and_errors()
    {
        Assert.Equal(new TestTotals(7, 2, 1), TrxSummary.Parse(Trx, "a.trx"));
    }

    [Fact]
    public void Parse_not_trx_names_the_file()
    {
        var e = Assert.Throws<GateInputException>(() => TrxSummary.Parse("<html/>", "broken.trx"));
        Assert.Contains("broken.trx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_folder_sums_every_trx()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("a.trx"), Trx);
        File.WriteAllText(dir.Combine("b.trx"), Trx);

        var totals = TrxSummary.ReadFolder(dir.Path);

        Assert.Equal("14 passed, 4 failed, 2 skipped", totals.ClosingLine);
    }

    [Fact]
    public void Skip_reasons_counts_each_reason_once_across_files()
    {
        const string skips = """
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testName="A.One" outcome="NotExecuted"><Output><ErrorInfo><Message>Chromium cannot be provisioned here: no apt-get</Message></ErrorInfo></Output></UnitTestResult>
                <UnitTestResult testName="A.Two" outcome="NotExecuted"><Output><ErrorInfo><Message>Chromium cannot be provisioned here: no apt-get</Message></ErrorInfo></Output></UnitTestResult>
                <UnitTestResult testName="A.Three" outcome="NotExecuted" />
                <UnitTestResult testName="A.Four" outcome="Passed" />
              </Results>
            </TestRun>
            """;
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("a.trx"), skips);
        File.WriteAllText(dir.Combine("b.trx"), Trx);

        Assert.Equal(["2 skipped: Chromium cannot be provisioned here: no apt-get", "1 skipped: no reason given"], TrxSummary.SkipReasons(dir.Path));
        Assert.Equal([("A.Three", "no reason given")], TrxSummary.ParseSkips(skips, "a.trx").Where(s => s.Test == "A.Three"));
    }

    [Theory]
    [InlineData(new[] { 0, 0 }, 5, 0, 0)]
    [InlineData(new[] { 0, 1 }, 5, 0, 1)]
    [InlineData(new[] { 0 }, 5, 1, 1)]
    [InlineData(new[] { 0 }, 0, 0, 2)]
    public void Decide_MapsOutcomesToExitCodes(int[] codes, int passed, int failed, int expected)
    {
        Assert.Equal(expected, TestSuite.Decide(codes, new TestTotals(passed, failed, 0)));
    }
}
