namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// Keeps the last generated in-memory recording, so consecutive benchmark cases with the same Rows (BDN runs the methods
/// of one parameter set back to back, in one process) reuse it instead of regenerating up to 224 MB in every [GlobalSetup].
/// </summary>
public static class RecordingCache
{
    private static readonly Lock Gate = new();
    private static (int Rows, int Channels, Dictionary<string, object?> Matrix)? _last;

    /// <summary>The seeded recording of <paramref name="rows"/> time points (with metadata strings); treat it as read-only.</summary>
    public static IReadOnlyDictionary<string, object?> Get(int rows, int channels = ExperimentMatrixGenerator.DefaultChannels)
    {
        lock (Gate)
        {
            if (_last is { } last && last.Rows == rows && last.Channels == channels)
            {
                return last.Matrix;
            }

            // Drop the previous one first so two large recordings never coexist.
            _last = null;
            var matrix = ExperimentMatrixGenerator.Create(rows, channels);
            _last = (rows, channels, matrix);
            return matrix;
        }
    }

    /// <summary>Forgets the cached recording (the memory benchmarks call this so it does not weigh on their heap).</summary>
    public static void Clear()
    {
        lock (Gate)
        {
            _last = null;
        }
    }
}
