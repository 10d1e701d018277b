using System.Globalization;
using FlyRigLoader.Gate.Contracts.Accuracy;

namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>Counts an experiment's trial outcomes against its bars (pure).</summary>
internal static class ExperimentScorer
{
    /// <summary>
    /// One score per measure. The denominator is the trials planned: a trial that failed or never ran is a miss, so an
    /// interrupted run cannot meet a bar it did not measure.
    /// </summary>
    /// <param name="kind">The experiment.</param>
    /// <param name="trials">Its trials so far.</param>
    /// <param name="planned">Trials planned.</param>
    /// <param name="confirm">Also score the verdicts after <c>--confirm</c> (single-run experiments).</param>
    public static IReadOnlyList<ExperimentScore> Score(ExperimentKind kind, IReadOnlyList<ExperimentTrial> trials, int planned, bool confirm = false)
    {
        ArgumentNullException.ThrowIfNull(trials);
        return [.. TrialScoring.MeasuresOf(kind, confirm).Select(m => Score(m, trials, planned))];
    }

    private static ExperimentScore Score(Measure measure, IReadOnlyList<ExperimentTrial> trials, int planned)
    {
        var outcomes = trials.Select(t => t.Outcomes.GetValueOrDefault(measure.Key, Outcomes.Error)).ToList();
        var counts = outcomes.GroupBy(o => o, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (planned > trials.Count)
        {
            counts["not-run"] = planned - trials.Count;
        }

        var successes = outcomes.Count(o => TrialScoring.IsSuccess(measure, o));
        var total = Math.Max(planned, trials.Count);
        return new ExperimentScore(
            measure.Text, total, successes, total == 0 ? null : (double)successes / total,
            string.Create(CultureInfo.InvariantCulture, $"{successes}/{total}"), measure.Bar.Text(total), measure.Bar.IsMet(successes, total), counts);
    }
}
