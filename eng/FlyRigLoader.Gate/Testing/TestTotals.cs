using System.Globalization;

namespace FlyRigLoader.Gate.Testing;

/// <summary>Counts summed over every TRX file of a run.</summary>
/// <param name="Passed">Tests that passed.</param>
/// <param name="Failed">Tests that failed or errored.</param>
/// <param name="Skipped">Tests not executed.</param>
public sealed record TestTotals(int Passed, int Failed, int Skipped)
{
    /// <summary>All tests seen.</summary>
    public int Total => Passed + Failed + Skipped;

    /// <summary>The closing line CI reads: <c>N passed, N failed, N skipped</c>.</summary>
    public string ClosingLine => string.Create(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed, {Skipped} skipped");

    /// <summary>Adds two totals.</summary>
    public static TestTotals operator +(TestTotals left, TestTotals right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Passed + right.Passed, left.Failed + right.Failed, left.Skipped + right.Skipped);
    }

    /// <summary>Adds two totals.</summary>
    public static TestTotals Add(TestTotals left, TestTotals right) => left + right;
}
