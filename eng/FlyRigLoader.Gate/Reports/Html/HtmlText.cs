using System.Globalization;
using System.Net;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>Encoding and number formatting shared by the page's parts (invariant culture throughout).</summary>
internal static class HtmlText
{
    /// <summary>HTML-encodes text (null: empty).</summary>
    public static string H(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>An invariant interpolation.</summary>
    public static string Inv(FormattableString s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A sort key for a <c>data-v</c> attribute (round-trip invariant; empty for missing).</summary>
    public static string Key(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Bytes with a binary unit (<c>1.5 MiB</c>).</summary>
    public static string Bytes(double bytes) => Math.Abs(bytes) switch
    {
        >= 1 << 30 => Inv($"{bytes / (1 << 30):0.00} GiB"),
        >= 1 << 20 => Inv($"{bytes / (1 << 20):0.00} MiB"),
        >= 1 << 10 => Inv($"{bytes / (1 << 10):0.0} KiB"),
        _ => Inv($"{bytes:0} B"),
    };

    /// <summary>CSS class of a verdict or status word.</summary>
    public static string Css(string verdict) => verdict switch
    {
        "PASS" or "NO_CHANGE" or "IMPROVEMENT" or "NO_REGRESSION" or "NO_LEAKS_DETECTED" => "good",
        "SUSPECTED" or "NOISE" or "INSUFFICIENT_DATA" or "NO_DATA" or "NEW" or "MISSING" or "NO_SLA" or "NO_BASELINE" or "INCONCLUSIVE" => "warn",
        "FAIL" or "FAILED" or "REGRESSION" or "REGRESSION_DETECTED" or "LEAK_DETECTED" or "ERROR" => "bad",
        _ => "neutral",
    };
}
