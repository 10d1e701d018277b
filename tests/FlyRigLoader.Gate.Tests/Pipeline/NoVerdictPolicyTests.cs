using FlyRigLoader.Gate.Pipeline;

namespace FlyRigLoader.Gate.Tests.Pipeline;

/// <summary>Exit 3 fails closed; --accept-no-verdict turns it into 0 and names what went without a verdict.</summary>
public sealed class NoVerdictPolicyTests
{
    [Fact]
    public void Without_acceptance_no_verdict_stays_3_and_says_how_to_accept()
    {
        using var output = new StringWriter();

        Assert.Equal(3, NoVerdictPolicy.Apply(3, accept: false, ["A.B(X: 1)"], output));
        Assert.Contains("no verdict (exit 3) for 1 case(s): A.B(X: 1)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--accept-no-verdict", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_acceptance_3_becomes_0_with_a_warning_naming_the_cases()
    {
        using var output = new StringWriter();

        Assert.Equal(0, NoVerdictPolicy.Apply(3, accept: true, ["A.B(X: 1)", "C.D"], output));
        Assert.Equal("warning: --accept-no-verdict: exit 3 accepted as 0, with no verdict for 2 case(s): A.B(X: 1), C.D" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void A_report_that_already_accepted_no_verdict_still_gets_the_warning_naming_the_cases()
    {
        using var output = new StringWriter();

        Assert.Equal(0, NoVerdictPolicy.Apply(0, accept: true, ["A"], output));
        Assert.Equal("warning: --accept-no-verdict: exit 3 accepted as 0, with no verdict for 1 case(s): A" + Environment.NewLine, output.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Acceptance_never_hides_a_failure_or_an_error(int code)
    {
        using var output = new StringWriter();

        Assert.Equal(code, NoVerdictPolicy.Apply(code, accept: true, ["A"], output));
        Assert.Empty(output.ToString());
    }
}
