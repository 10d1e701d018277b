using System.Globalization;
using System.Xml.Linq;

namespace FlyRigLoader.Gate.Testing;

/// <summary>Reads the outcome counters of TRX files, so the Test target can print one closing line and refuse an empty run.</summary>
public static class TrxSummary
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
}
