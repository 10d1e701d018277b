using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class WelchTestTests
{
    // Wikipedia "Welch's t-test", example 1 (equal sizes) and 2 (unequal sizes and variances): published t, df and p.
    private static readonly double[] A1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    private static readonly double[] A2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

    [Fact]
    public void Matches_the_textbook_example_with_equal_sample_sizes()
    {
        var (t, df, p) = WelchTest.Of(A1, A2)!.Value;

        Assert.Equal(-2.46, t, 0.005);
        Assert.Equal(25.0, df, 0.05);
        Assert.Equal(0.021, p, 0.0005);
    }

    [Fact]
    public void Is_symmetric_in_its_samples_up_to_the_sign_of_t()
    {
        var forward = WelchTest.Of(A1, A2)!.Value;
        var backward = WelchTest.Of(A2, A1)!.Value;

        Assert.Equal(-forward.T, backward.T, 1e-12);
        Assert.Equal(forward.PValue, backward.PValue, 1e-12);
    }

    [Fact]
    public void Has_no_value_without_two_samples_a_side_or_without_spread()
    {
        Assert.Null(WelchTest.Of([1.0], [1.0, 2.0]));
        Assert.Null(WelchTest.Of([3.0, 3.0], [3.0, 3.0, 3.0]));
        Assert.Equal(1.0, WelchTest.Of([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])!.Value.PValue, 1e-12);
    }
}
