namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>What a chart shows; the renderer picks axes and layout from it.</summary>
public enum ChartKind
{
    /// <summary>Per benchmark: this run's samples beside the baseline's (boxes with points).</summary>
    Distribution,

    /// <summary>Suite-wide current/baseline median ratios with CI whiskers, worst first (horizontal).</summary>
    Ratio,

    /// <summary>Each benchmark's median over the baseline history and archived runs.</summary>
    Trend,

    /// <summary>Time against the size parameter of one parameterised family, with the fitted line.</summary>
    Scaling,

    /// <summary>Memory after each leak-check cycle, with the fitted slope.</summary>
    Memory,
}
