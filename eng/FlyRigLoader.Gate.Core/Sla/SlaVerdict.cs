namespace FlyRigLoader.Gate.Core.Sla;

/// <summary>One SLA checked against one benchmark case. Values are in the SLA's <see cref="Unit"/>.</summary>
/// <param name="SlaId">Registry id.</param>
/// <param name="Description">Registry description.</param>
/// <param name="FullName">The benchmark case.</param>
/// <param name="Metric">time or allocated.</param>
/// <param name="Unit">Unit of the numbers below.</param>
/// <param name="Threshold">The registry threshold.</param>
/// <param name="Allowed">Threshold after scaling by the case's parameter.</param>
/// <param name="Limit">Allowed × tolerance: the value the observation is compared with.</param>
/// <param name="Observed">Upper 95 % t bound of the mean time, or the allocation per operation; null without data.</param>
/// <param name="NormalizedObserved">Observed rescaled to the reference machine by calibration (time only), or null.</param>
/// <param name="Status">Pass, Fail or NoData.</param>
/// <param name="Margin">Allowed − Observed (negative when over the threshold).</param>
/// <param name="Detail">One line explaining the verdict.</param>
/// <param name="GuideMargin">The suite guide's margin: Allowed − the mean (normalized SLAs: the normalized mean) for time
/// SLAs, Allowed − Observed for the others (their observation is the figure itself); null without data or in reports
/// written before it existed.</param>
public sealed record SlaVerdict(
    string SlaId,
    string Description,
    string FullName,
    string Metric,
    string Unit,
    double Threshold,
    double? Allowed,
    double? Limit,
    double? Observed,
    double? NormalizedObserved,
    SlaStatus Status,
    double? Margin,
    string Detail,
    double? GuideMargin = null);
