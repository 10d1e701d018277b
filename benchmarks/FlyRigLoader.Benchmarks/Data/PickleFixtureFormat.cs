namespace FlyRigLoader.Benchmarks.Data;

/// <summary>The three pickle flavours the Python suite writes for every size.</summary>
public enum PickleFixtureFormat
{
    /// <summary>A dict of numpy arrays, <c>pickle.dump(…, HIGHEST_PROTOCOL)</c>, <c>.pkl</c>.</summary>
    Standard,

    /// <summary>The same dict, gzip-compressed, <c>.pkl.gz</c>.</summary>
    Gzip,

    /// <summary><c>DataFrame.to_pickle</c> with the signal_disp channels as <c>signal_chNN</c> columns, <c>.pkl</c>.</summary>
    Pandas,
}
