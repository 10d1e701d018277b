namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// The order of an interleaved A/B comparison (pure). Interleaving per method, not per suite: the two processes of a
/// pair run seconds apart instead of a whole suite apart, so the load a shared runner sees changes little between them.
/// Sides alternate with the round and the method (A B, B A, …) so neither build systematically runs first or second.
/// </summary>
internal static class AbSchedule
{
    /// <summary>Every step, in execution order.</summary>
    public static IReadOnlyList<AbStep> Steps(IReadOnlyList<string> methods, int rounds)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var steps = new List<AbStep>(methods.Count * rounds * 2);
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < methods.Count; i++)
            {
                steps.AddRange(RunPooling.RoundOrder(round + i).Select(side => new AbStep(round, methods[i], side)));
            }
        }

        return steps;
    }
}
