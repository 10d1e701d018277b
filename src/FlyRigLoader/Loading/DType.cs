#pragma warning disable CA1720 // The members are named after numpy dtypes on purpose: users read them as numpy names.

namespace FlyRigLoader.Loading;

/// <summary>The numpy element types the loader materializes, each backed by one .NET primitive.</summary>
public enum DType
{
    /// <summary>numpy float64, .NET <see cref="double"/>.</summary>
    Float64,

    /// <summary>numpy float32, .NET <see cref="float"/>.</summary>
    Float32,

    /// <summary>numpy int8, .NET <see cref="sbyte"/>.</summary>
    Int8,

    /// <summary>numpy int16, .NET <see cref="short"/>.</summary>
    Int16,

    /// <summary>numpy int32, .NET <see cref="int"/>.</summary>
    Int32,

    /// <summary>numpy int64, .NET <see cref="long"/>.</summary>
    Int64,

    /// <summary>numpy uint8, .NET <see cref="byte"/>.</summary>
    UInt8,

    /// <summary>numpy uint16, .NET <see cref="ushort"/>.</summary>
    UInt16,

    /// <summary>numpy uint32, .NET <see cref="uint"/>.</summary>
    UInt32,

    /// <summary>numpy uint64, .NET <see cref="ulong"/>.</summary>
    UInt64,

    /// <summary>numpy bool, .NET <see cref="bool"/>.</summary>
    Bool,
}
