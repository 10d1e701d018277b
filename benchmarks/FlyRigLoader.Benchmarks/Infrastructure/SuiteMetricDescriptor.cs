using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>How one of the suite's own metrics is named and shown; lower is better for every one of them.</summary>
/// <param name="Id">The id the gate reads from the JSON report (<c>FlyRig.…</c>).</param>
/// <param name="DisplayName">Column title.</param>
/// <param name="Legend">One line for the legend.</param>
/// <param name="PriorityInCategory">Column order among the metrics.</param>
/// <param name="UnitType">Size or dimensionless.</param>
/// <param name="Unit">Unit text.</param>
/// <param name="NumberFormat">Format of the value.</param>
internal sealed record SuiteMetricDescriptor(
    string Id, string DisplayName, string Legend, int PriorityInCategory, UnitType UnitType, string Unit, string NumberFormat) : IMetricDescriptor
{
    /// <inheritdoc />
    public bool TheGreaterTheBetter => false;

    /// <inheritdoc />
    public bool GetIsAvailable(Metric metric) => true;
}
