using System.Globalization;
using System.Text;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>Findings in large mappings and lists (where positions come from the per-node index, not a scan) point at the right node.</summary>
public sealed class YPositionIndexTests
{
    [Fact]
    public void Every_finding_in_a_large_config_carries_the_position_of_its_node()
    {
        var yaml = new StringBuilder("datasets:\n");
        var expectedWarnings = new List<string>();
        var expectedErrors = new List<string>();
        var line = 1;
        for (var d = 0; d < 12; d++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  ds{d}:\n    rig: \"bad rig {d}\"\n    dates_vials:\n");
            line += 2;
            expectedErrors.Add(Invariant($"x.yaml:{line}:10 datasets.ds{d}.rig"));
            line++;
            for (var k = 0; k < 10; k++)
            {
                line++;
                var key = k == 7 ? Invariant($"someday{d}") : Invariant($"2023-01-{k + 1:D2}");
                yaml.Append(CultureInfo.InvariantCulture, $"      {key}: [1]\n");
                if (k == 7)
                {
                    expectedWarnings.Add(Invariant($"x.yaml:{line}:7 datasets.ds{d}.dates_vials.{key}"));
                }
            }
        }

        yaml.Append("experiments:\n  e:\n    datasets: [").Append(string.Join(", ", Enumerable.Range(0, 12).Select(i => i == 10 ? "'bad name'" : Invariant($"ds{i}")))).Append("]\n");
        var datasetsLine = line + 3;

        var errors = ConfigValidator.ValidateYaml(yaml.ToString(), "x.yaml");
        var warnings = ConfigLoader.LoadYaml(yaml.ToString().Replace("\"bad rig ", "\"rig", StringComparison.Ordinal).Replace("'bad name'", "ds10", StringComparison.Ordinal), "x.yaml").Warnings;

        Assert.Equal(expectedErrors, errors.Where(p => p.Path.EndsWith(".rig", StringComparison.Ordinal)).Select(Head));
        Assert.Contains(errors, p => Head(p) == Invariant($"x.yaml:{datasetsLine}:") + "66 experiments.e.datasets[10]");
        Assert.Equal(expectedWarnings, warnings.Select(Head));
    }

    private static string Head(ConfigProblem problem) => problem.ToString()[..problem.ToString().IndexOf(": ", StringComparison.Ordinal)];

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
