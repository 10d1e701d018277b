using System.Globalization;

namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>One experiment of a gate-accuracy run.</summary>
/// <param name="Name">Its option name (<c>aa</c>, <c>inject125</c>, <c>against110</c>…).</param>
/// <param name="Description">What it does, in one sentence.</param>
/// <param name="Flavour">The flavour it measured (name, injection and target), or null for the shipped build.</param>
/// <param name="TrialsPlanned">Trials it was to run.</param>
/// <param name="Trials">The trials, in the order they ran.</param>
/// <param name="Scores">Its measures against the bars (A/A single runs have two: time and allocation).</param>
public sealed record AccuracyExperiment(string Name, string Description, string? Flavour, int TrialsPlanned, IReadOnlyList<ExperimentTrial> Trials, IReadOnlyList<ExperimentScore> Scores)
{
    /// <summary>
    /// What the first look could have called on the target over the trials that recorded it (median and range of their
    /// <see cref="ExperimentTrial.TargetResolution"/>), in one sentence; null when none did. It is why a REGRESSION bar is
    /// met or missed at first look.
    /// </summary>
    public string? ResolutionLine()
    {
        var values = Trials.Select(t => t.TargetResolution).OfType<double>().Order().ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var mid = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name}: the first look could call a REGRESSION on the target from +{median * 100:0}% (median; +{values[0] * 100:0}–{values[^1] * 100:0}% over {values.Count} trials)");
    }
}
