using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Types;
using Array = System.Array;

namespace FlyRigLoader.Transformation;

/// <summary>
/// Columns holding one value on every row (metadata, <c>file_path</c>, broadcast defaults). Strings are
/// dictionary-encoded with int8 indices that all point at entry 0, and every such column of one batch shares a
/// single zeroed buffer, so a constant string over 1M rows costs one 1 MB allocation per batch, not per column.
/// </summary>
internal sealed class ConstantColumns(int length)
{
    private static readonly DictionaryType ConstantStringType = new(Int8Type.Default, StringType.Default, false);

    private byte[] _zeros = [];

    public int Length { get; } = length;

    public DictionaryArray String(string? value)
    {
        var dictionary = new StringArray.Builder();
        if (value is not null)
        {
            dictionary.Append(value);
        }

        // A null value: every index is null (validity bits all zero) over an empty dictionary.
        var validity = value is null ? Zeros(BitmapBytes) : ArrowBuffer.Empty;
        var indices = new Int8Array(Zeros(Length), validity, Length, value is null ? Length : 0, 0);
        return new DictionaryArray(ConstantStringType, indices, dictionary.Build());
    }

    public IArrowArray Value(object value, bool isStringColumn) => value switch
    {
        string text => String(text),
        bool flag => Bools(flag),
        long integer => Filled(integer, Int64Type.Default),
        int integer => Filled((long)integer, Int64Type.Default),
        double real => Filled(real, DoubleType.Default),
        float real => Filled(real, FloatType.Default),
        _ when isStringColumn => String(Convert.ToString(value, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"cannot broadcast a {value.GetType().Name}", nameof(value)),
    };

    /// <summary>
    /// All-null column of Arrow's null type: no buffers at all, pandas shows it as a column of None (what the original
    /// produced), and pyarrow's concat_tables promotes it to the type the same column has in other files.
    /// </summary>
    public static NullArray Null(int length) => new(length);

    private int BitmapBytes => (Length + 7) / 8;

    private BooleanArray Bools(bool flag)
    {
        var bits = new byte[BitmapBytes];
        if (flag)
        {
            Array.Fill(bits, (byte)0xFF);
        }

        return new BooleanArray(new ArrowBuffer(bits), ArrowBuffer.Empty, Length, 0, 0);
    }

    private IArrowArray Filled<T>(T value, IArrowType type)
        where T : unmanaged
    {
        var data = GC.AllocateUninitializedArray<T>(Length);
        Array.Fill(data, value);
        return ArrowColumns.Wrap(data, type, 0, Length);
    }

    private ArrowBuffer Zeros(int bytes)
    {
        if (_zeros.Length < bytes)
        {
            // Length bytes cover every request (index buffers and validity bitmaps), so this allocates once.
            _zeros = new byte[Math.Max(bytes, Length)];
        }

        return new ArrowBuffer(_zeros.AsMemory(0, bytes));
    }
}
