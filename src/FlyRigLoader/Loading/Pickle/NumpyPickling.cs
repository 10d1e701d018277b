namespace FlyRigLoader.Loading.Pickle;

/// <summary>numpy's own reducers (<c>ndarray.__reduce_ex__</c>, <c>dtype.__reduce__</c>) re-expressed over the emitter.</summary>
internal static class NumpyPickling
{
    public static void SaveArray(PickleEmitter emitter, NdArray array)
    {
        if (emitter.TryGet(array))
        {
            return;
        }

        var fortran = EffectiveFortran(array.Shape, array.IsFortranOrder);
        var shape = array.Shape;
        if (emitter.Protocol >= 5)
        {
            // numpy ≥ 1.16 with protocol 5: _frombuffer(PickleBuffer(a), dtype, shape, order), buffer in-band.
            emitter.SaveGlobal(Module(emitter, "numeric"), "_frombuffer");
            emitter.SaveTuple(
                () => emitter.SaveByteArray8(PickleEmitter.BytesOf(array)),
                () => SaveDType(emitter, array.DType),
                () => SaveShape(emitter, shape),
                () => emitter.SaveInterned(fortran ? "F" : "C"));
            emitter.Op(Opcodes.Reduce);
            emitter.Memoize(array);
            return;
        }

        SaveReconstruct(emitter, array);
        emitter.SaveTuple(
            () => emitter.SaveLong(1),
            () => SaveShape(emitter, shape),
            () => SaveDType(emitter, array.DType),
            () => emitter.Op(fortran ? Opcodes.NewTrue : Opcodes.NewFalse),
            () => emitter.SaveBytes(PickleEmitter.BytesOf(array), null));
        emitter.Op(Opcodes.Build);
    }

    /// <summary>An object-dtype array (pandas string columns and labels): always the _reconstruct path with a list.</summary>
    public static void SaveObjectArray(PickleEmitter emitter, IReadOnlyList<object?> items, IReadOnlyList<int> shape)
    {
        SaveReconstruct(emitter, new object());
        emitter.SaveTuple(
            () => emitter.SaveLong(1),
            () => SaveShape(emitter, shape),
            () => SaveDType(emitter, null),
            () => emitter.Op(Opcodes.NewFalse),
            () => emitter.SaveList(items, new object()));
        emitter.Op(Opcodes.Build);
    }

    /// <summary>numpy calls an array "Fortran" only when it is F- but not C-contiguous (≤ 1 dimension longer than 1 is both).</summary>
    public static bool EffectiveFortran(IReadOnlyList<int> shape, bool fortran) =>
        fortran && shape.Count(d => d != 1) > 1 && !shape.Contains(0);

    public static string Module(PickleEmitter emitter, string leaf) => (emitter.Numpy2 ? "numpy._core." : "numpy.core.") + leaf;

    private static void SaveReconstruct(PickleEmitter emitter, object identity)
    {
        emitter.SaveGlobal(Module(emitter, "multiarray"), "_reconstruct");
        emitter.SaveTuple(
            () => emitter.SaveGlobal("numpy", "ndarray"),
            () => emitter.SaveTuple(() => emitter.SaveLong(0)),
            () => emitter.SaveInternedByte((byte)'b'));
        emitter.Op(Opcodes.Reduce);
        emitter.Memoize(identity);
    }

    private static void SaveShape(PickleEmitter emitter, IReadOnlyList<int> shape) =>
        emitter.SaveTuple([.. shape.Select<int, Action>(d => () => emitter.SaveLong(d))]);

    /// <summary><c>numpy.dtype(typestr, False, True)</c> + BUILD state; one memo entry per dtype, as numpy's dtypes are singletons.</summary>
    private static void SaveDType(PickleEmitter emitter, DType? element)
    {
        var typeString = element is { } e ? NumpyDType.TypeStringOf(e) : "O8";
        var key = "D|" + typeString;
        if (emitter.TryGetValue(key))
        {
            return;
        }

        emitter.SaveGlobal("numpy", "dtype");
        emitter.SaveTuple(() => emitter.SaveFresh(typeString), () => emitter.Op(Opcodes.NewFalse), () => emitter.Op(Opcodes.NewTrue));
        emitter.Op(Opcodes.Reduce);
        emitter.MemoizeValue(key);
        var byteOrder = element is null || NumpyDType.SizeOf(element.Value) == 1 ? "|" : "<";
        emitter.SaveTuple(
            () => emitter.SaveLong(3),
            () => emitter.SaveInterned(byteOrder),
            () => emitter.Op(Opcodes.None),
            () => emitter.Op(Opcodes.None),
            () => emitter.Op(Opcodes.None),
            () => emitter.SaveLong(-1),
            () => emitter.SaveLong(-1),
            () => emitter.SaveLong(element is null ? 63 : 0));
        emitter.Op(Opcodes.Build);
    }
}
