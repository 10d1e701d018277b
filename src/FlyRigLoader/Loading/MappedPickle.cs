using FlyRigLoader.Loading.Mapping;

namespace FlyRigLoader.Loading;

/// <summary>
/// A pickle whose numpy arrays stay in the memory-mapped file (<see cref="PickleLoader.Map"/>): opening costs no
/// copy, and pages are read from disk only when an array is. The arrays are valid while this object is open; after
/// <see cref="Dispose"/> every read of a mapped array, or of an Arrow table built over one, throws
/// <see cref="ObjectDisposedException"/>. The file must not change while it is mapped.
/// </summary>
public sealed class MappedPickle : IDisposable
{
    private readonly MappedFile? _file;

    internal MappedPickle(LoadedPickle pickle, MappedFile? file, IReadOnlyList<string> copyReasons)
    {
        Pickle = pickle;
        _file = file;
        CopyReasons = copyReasons;
    }

    /// <summary>The loaded object, with its source name and format.</summary>
    public LoadedPickle Pickle { get; }

    /// <summary>True when the file itself is mapped; false when it could not be (gzip) and was loaded by copy.</summary>
    public bool IsMapped => _file is not null;

    /// <summary>
    /// Why arrays were copied into managed memory after all (empty when every array of 64 KB or more stayed mapped):
    /// gzip compression, big-endian byte order, text-encoded bytes of protocols 0–2. Arrays under 64 KB are always
    /// copied: they are read together with the opcodes.
    /// </summary>
    public IReadOnlyList<string> CopyReasons { get; }

    /// <summary>The exp_matrix (see <see cref="LoadedPickle.AsExperimentMatrix"/>).</summary>
    public IReadOnlyDictionary<string, object?> AsExperimentMatrix() => Pickle.AsExperimentMatrix();

    /// <summary>Unmaps the file; mapped arrays and tables over them become unreadable (copies made by <see cref="NdArray.Data"/> stay valid).</summary>
    public void Dispose() => _file?.Dispose();
}
