namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// An ndarray as the unpickler sees it: created empty by <c>_reconstruct</c> and filled by BUILD (protocols 2–4), or
/// created filled by <c>_frombuffer</c> (protocol 5). Memo entries point at this holder, so filling it in place is
/// what Python's in-place <c>__setstate__</c> means.
/// </summary>
internal sealed class NumpyArrayValue
{
    /// <summary>Numeric arrays.</summary>
    public NdArray? Numeric { get; set; }

    /// <summary>Object-dtype arrays (pandas string columns and indexes), flattened in their memory order.</summary>
    public object?[]? Objects { get; set; }

    public IReadOnlyList<int> Shape { get; set; } = [];

    public bool IsFortranOrder { get; set; }

    public bool IsFilled => Numeric is not null || Objects is not null;
}
