using System.Globalization;

namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>One experiment of a gate-accuracy run.</summary>
/// <param name="Name">Its option name (<c>aa</c>, <c>inject125</c>, <c>against110</c>…).</param>
/// <param name="Description">What it does, in one sentence.</param>
/// <param name="Flavour">The flavour it measured (name, injection and target), or null for the shipped build.</param>
/// <param name="TrialsPlanned">Trials it was to run.</param>
/// <param name="Trials">The trials, in the order they ran.</param>
/// <param name="Scores">Its measures against the issue's bars (A/A single runs have two: time and allocation).</param>
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

    /// <summary>
    /// How the trials' outcomes on <paramref name="measure"/> split between settled runs (launches agreeing within
    /// <paramref name="limit"/>, what a baseline would accept) and unsettled ones, in one sentence; null when no trial
    /// recorded its launch spread or <paramref name="limit"/> is 0. It shows what the first look is worth on a quiet run.
    /// </summary>
    public string? SettledLine(double limit, string measure = "time")
    {
        var known = Trials.Where(t => t.LaunchSpread is not null && t.Outcomes.ContainsKey(measure)).ToList();
        if (limit <= 0 || known.Count == 0)
        {
            return null;
        }

        static string Tally(IEnumerable<ExperimentTrial> trials, string measure) =>
            string.Join(", ", trials.GroupBy(t => t.Outcomes[measure], StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}")));
        var settled = known.Where(t => t.LaunchSpread <= limit).ToList();
        var unsettled = known.Where(t => t.LaunchSpread > limit).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {settled.Count} of {known.Count} runs settled (launches within {limit:0.00###}); {measure} on settled runs: {(settled.Count == 0 ? "-" : Tally(settled, measure))}; on unsettled: {(unsettled.Count == 0 ? "-" : Tally(unsettled, measure))}");
    }
}
