using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.Testing;

public sealed class TestSuiteTests
{
    [Fact]
    public void Projects_start_largest_first_and_ties_in_ordinal_order()
    {
        var order = TestSuite.LargestFirst([("/t/A.Tests.csproj", 10), ("/t/C.Tests.csproj", 500), ("/t/B.Tests.csproj", 10), ("/t/D.Tests.csproj", 70)]);

        Assert.Equal(["/t/C.Tests.csproj", "/t/D.Tests.csproj", "/t/A.Tests.csproj", "/t/B.Tests.csproj"], order);
    }
}
