namespace FlyRigLoader.Loading.Pickle;

/// <summary>A <c>numpy.dtype</c> under reconstruction: the type string comes from the call, the byte order from BUILD.</summary>
internal sealed class NumpyDType
{
    public NumpyDType(DType? element, int itemSize, string typeString)
    {
        Element = element;
        ItemSize = itemSize;
        TypeString = typeString;
    }

    /// <summary>Null for the object dtype ('O'), whose arrays hold Python objects rather than bytes.</summary>
    public DType? Element { get; }

    public int ItemSize { get; }

    public string TypeString { get; }

    public bool IsBigEndian { get; set; }

    public bool IsObject => Element is null;

    /// <summary>Maps numpy's type string ('f8', 'i4', 'b1', 'O8', …) or returns null when there is no .NET counterpart.</summary>
    public static NumpyDType? Parse(string typeString) => typeString switch
    {
        "f8" => new(DType.Float64, 8, typeString),
        "f4" => new(DType.Float32, 4, typeString),
        "i1" => new(DType.Int8, 1, typeString),
        "i2" => new(DType.Int16, 2, typeString),
        "i4" => new(DType.Int32, 4, typeString),
        "i8" => new(DType.Int64, 8, typeString),
        "u1" => new(DType.UInt8, 1, typeString),
        "u2" => new(DType.UInt16, 2, typeString),
        "u4" => new(DType.UInt32, 4, typeString),
        "u8" => new(DType.UInt64, 8, typeString),
        "b1" => new(DType.Bool, 1, typeString),
        "O4" => new(null, 4, typeString),
        "O8" => new(null, 8, typeString),
        _ => null,
    };

    /// <summary>The numpy type string for <paramref name="dtype"/> (what <c>numpy.dtype(…)</c> is called with in a pickle).</summary>
    public static string TypeStringOf(DType dtype) => dtype switch
    {
        DType.Float64 => "f8",
        DType.Float32 => "f4",
        DType.Int8 => "i1",
        DType.Int16 => "i2",
        DType.Int32 => "i4",
        DType.Int64 => "i8",
        DType.UInt8 => "u1",
        DType.UInt16 => "u2",
        DType.UInt32 => "u4",
        DType.UInt64 => "u8",
        DType.Bool => "b1",
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown dtype"),
    };

    public static int SizeOf(DType dtype) => dtype switch
    {
        DType.Float64 or DType.Int64 or DType.UInt64 => 8,
        DType.Float32 or DType.Int32 or DType.UInt32 => 4,
        DType.Int16 or DType.UInt16 => 2,
        _ => 1,
    };
}
