namespace FlyRigLoader.Gate.Accuracy;

/// <summary>Detection of one injected slowdown factor.</summary>
/// <param name="Factor">The injected factor (1.25 = 25 % slower).</param>
/// <param name="Concurrent">True for trials that had another suite running alongside.</param>
/// <param name="Trials">Trials replayed.</param>
/// <param name="Exact">REGRESSION on the target and on no other benchmark (the bar).</param>
/// <param name="Flagged">REGRESSION or SUSPECTED on the target.</param>
/// <param name="OtherAlarms">Trials with a REGRESSION on some other benchmark.</param>
internal sealed record InjectScore(double Factor, bool Concurrent, int Trials, int Exact, int Flagged, int OtherAlarms);
