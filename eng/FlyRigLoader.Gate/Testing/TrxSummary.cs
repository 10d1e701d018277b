using System.Globalization;
using System.Xml.Linq;
using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Testing;

/// <summary>Reads the outcome counters of TRX files, so the Test target can print one closing line and refuse an empty run.</summary>
internal static class TrxSummary
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Parses one TRX document's <c>ResultSummary/Counters</c>.</summary>
    public static TestTotals Parse(string trxXml, string sourceName)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(trxXml);
        }
        catch (System.Xml.XmlException e)
        {
            throw new GateInputException(sourceName, $"not a TRX file: {e.Message}");
        }

        var counters = doc.Root?.Element(Ns + "ResultSummary")?.Element(Ns + "Counters")
            ?? throw new GateInputException(sourceName, "TRX has no ResultSummary/Counters element");
        int Read(string name) =>
            int.TryParse((string?)counters.Attribute(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var failed = Read("failed") + Read("error") + Read("timeout") + Read("aborted");
        return new TestTotals(Read("passed"), failed, Read("notExecuted"));
    }

    /// <summary>Sums every <c>*.trx</c> file in a folder (non-recursive).</summary>
    public static TestTotals ReadFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.trx").Order(StringComparer.Ordinal)
                .Select(f => Parse(File.ReadAllText(f), f))
                .Aggregate(new TestTotals(0, 0, 0), (a, b) => a + b)
            : new TestTotals(0, 0, 0);

    /// <summary>The skipped tests of one TRX document and the reason each gave (the runner's message, or "no reason given").</summary>
    public static IReadOnlyList<(string Test, string Reason)> ParseSkips(string trxXml, string sourceName)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(trxXml);
        }
        catch (System.Xml.XmlException e)
        {
            throw new GateInputException(sourceName, $"not a TRX file: {e.Message}");
        }

        return [.. doc.Descendants(Ns + "UnitTestResult")
            .Where(r => (string?)r.Attribute("outcome") == "NotExecuted")
            .Select(r => ((string?)r.Attribute("testName") ?? "?", r.Element(Ns + "Output")?.Element(Ns + "ErrorInfo")?.Element(Ns + "Message")?.Value.Trim() is { Length: > 0 } m ? m : "no reason given"))];
    }

    /// <summary>
    /// One line per distinct skip reason across every <c>*.trx</c> in a folder (<c>N skipped: reason</c>), so a skip
    /// is visible in the log where the console logger's minimal verbosity shows only the test's name.
    /// </summary>
    public static IReadOnlyList<string> SkipReasons(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.trx").Order(StringComparer.Ordinal)
                .SelectMany(f => ParseSkips(File.ReadAllText(f), f))
                .GroupBy(s => s.Reason, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} skipped: {g.Key}"))]
            : [];
}
