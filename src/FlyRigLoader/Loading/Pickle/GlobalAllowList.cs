using System.Collections.Frozen;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// The only globals a pickle may name. Resolution happens at the GLOBAL/STACK_GLOBAL opcode, before any argument is
/// even read, and nothing is ever looked up by reflection: a name outside this list cannot reach any code.
/// </summary>
internal static class GlobalAllowList
{
    // Canonical spelling is numpy 1.x / Python 3; numpy 2.x moved numpy.core to numpy._core and Python 2-compatible
    // protocol-2 pickles spell builtins as __builtin__.
    private static readonly FrozenSet<string> Allowed = new[]
    {
        "numpy.core.multiarray._reconstruct",
        "numpy.core.multiarray.scalar",
        "numpy.core.numeric._frombuffer",
        "numpy.ndarray",
        "numpy.dtype",
        "_codecs.encode",
        "builtins.bytes",
        "builtins.bytearray",
        "builtins.set",
        "builtins.frozenset",
        "builtins.list",
        "builtins.dict",
        "builtins.tuple",
        "builtins.slice",
        "builtins.object",
        "collections.OrderedDict",
        "copyreg._reconstructor",
        "pandas.core.frame.DataFrame",
        "pandas.core.internals.managers.BlockManager",
        "pandas._libs.internals._unpickle_block",
        "pandas.core.indexes.base._new_Index",
        "pandas.core.indexes.base.Index",
        "pandas.core.indexes.range.RangeIndex",
        "pandas.core.indexes.numeric.Int64Index",
        "pandas.core.indexes.numeric.UInt64Index",
        "pandas.core.indexes.numeric.Float64Index",
        "pandas.core.indexes.numeric.NumericIndex",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Classes that <c>copyreg._reconstructor</c> and NEWOBJ may instantiate (never a callable).</summary>
    private static readonly FrozenSet<string> Instantiable = new[]
    {
        "pandas.core.frame.DataFrame",
        "pandas.core.internals.managers.BlockManager",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns the canonical global, or null when it is not allowed.</summary>
    public static PyGlobal? Resolve(string module, string name)
    {
        var canonicalModule = Canonical(module);
        return Allowed.Contains($"{canonicalModule}.{name}") ? new PyGlobal(canonicalModule, name) : null;
    }

    public static bool IsInstantiable(PyGlobal type) => Instantiable.Contains(type.ToString());

    private static string Canonical(string module) => module switch
    {
        "__builtin__" => "builtins",
        "copy_reg" => "copyreg",
        _ when module.StartsWith("numpy._core", StringComparison.Ordinal) => "numpy.core" + module["numpy._core".Length..],
        _ => module,
    };
}
