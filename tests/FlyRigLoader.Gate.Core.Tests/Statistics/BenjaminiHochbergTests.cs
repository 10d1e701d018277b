using CsCheck;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class BenjaminiHochbergTests
{
    [Fact]
    public void Adjusts_with_the_step_up_rule_and_keeps_input_order()
    {
        // p sorted: 0.01 (×4/1=0.04), 0.02 (×4/2=0.04), 0.03 (×4/3=0.04), 0.5 (×4/4=0.5)
        var q = BenjaminiHochberg.Adjust([0.5, 0.02, 0.01, 0.03]);

        Assert.Equal([0.5, 0.04, 0.04, 0.04], q.Select(v => Math.Round(v, 10)));
    }

    [Fact]
    public void Adjusted_values_are_never_below_the_raw_ones_and_never_above_one()
    {
        Gen.Double[0, 1].Array[1, 50].Sample(p =>
        {
            var q = BenjaminiHochberg.Adjust(p);
            return p.Zip(q).All(t => t.Second >= t.First - 1e-15 && t.Second <= 1);
        });
    }
}
