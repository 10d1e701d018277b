using FlyRigLoader.Interleaving.Cases;

namespace FlyRigLoader.Interleaving.Tests.Cases;

public sealed class CaseNamesTests
{
    [Fact]
    public void Formats_names_the_way_BenchmarkDotNet_reports_them()
    {
        Assert.Equal("N.T.M", CaseNames.FullName("N", "T", "M", []));
        Assert.Equal("N.T.M(Size: \"small\")", CaseNames.FullName("N", "T", "M", [("Size", "small")]));
        Assert.Equal("N.T.M(FileCount: 1000, Ok: True)", CaseNames.FullName("N", "T", "M", [("FileCount", 1000), ("Ok", true)]));
        Assert.Equal("T.M(X: 0.5)", CaseNames.FullName(null, "T", "M", [("X", 0.5)]));
    }

    [Fact]
    public void Shows_enums_by_name_and_null_as_null()
    {
        Assert.Equal("Wide", CaseNames.Display(FlyRigLoader.Benchmarks.Transformation.Shape.Wide));
        Assert.Equal("null", CaseNames.Display(null));
        Assert.Equal("1.5", CaseNames.Display(1.5m));
    }
}
