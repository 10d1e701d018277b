using System.Globalization;

namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>
/// An issue-13 bar as a success rate: "&gt;= 9/10" is 0.9, "&lt;= 1/20 false alarms" is 0.95 clean. With another trial
/// count the bar keeps its rate, rounded up to whole trials (0.9 of 3 trials needs 3).
/// </summary>
/// <param name="Rate">The share of trials that must succeed.</param>
internal sealed record Bar(double Rate)
{
    /// <summary>Successes needed out of <paramref name="trials"/>.</summary>
    public int Required(int trials) => (int)Math.Ceiling((Rate * trials) - 1e-9);

    /// <summary>Whether <paramref name="successes"/> of <paramref name="trials"/> meet it (never with no trials).</summary>
    public bool IsMet(int successes, int trials) => trials > 0 && successes >= Required(trials);

    /// <summary>The bar as printed, e.g. <c>&gt;= 19/20</c>.</summary>
    public string Text(int trials) => string.Create(CultureInfo.InvariantCulture, $">= {Required(trials)}/{trials}");
}
