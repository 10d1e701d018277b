namespace FlyRigLoader.Loading;

/// <summary>
/// A pandas DataFrame loaded from a pickle: named columns of equal length, each a 1-D <see cref="NdArray"/> (numeric or
/// bool), a <c>string?[]</c> (object columns holding only strings and None) or an <c>object?[]</c> (other objects).
/// </summary>
public sealed class PandasFrame
{
    private readonly Dictionary<string, int> _positions;

    /// <summary>Creates a frame; <paramref name="rowIndex"/> defaults to <c>RangeIndex(0, rows)</c>.</summary>
    public PandasFrame(IReadOnlyList<string> columnNames, IReadOnlyList<object> columns, PandasIndex? rowIndex = null)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(columns);
        if (columnNames.Count != columns.Count)
        {
            throw new ArgumentException($"{columnNames.Count} names for {columns.Count} columns", nameof(columns));
        }

        var rows = -1;
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var length = ColumnLength(columns[i]);
            if (rows >= 0 && length != rows)
            {
                throw new ArgumentException($"column '{columnNames[i]}' has {length} rows, expected {rows}", nameof(columns));
            }

            rows = length;
            if (!_positions.TryAdd(columnNames[i], i))
            {
                throw new ArgumentException($"duplicate column name '{columnNames[i]}'", nameof(columnNames));
            }
        }

        RowIndex = rowIndex ?? PandasIndex.Range(0, Math.Max(rows, 0));
        RowCount = rows >= 0 ? rows : RowIndex.Length;
        if (RowIndex.Length != RowCount)
        {
            throw new ArgumentException($"row index has {RowIndex.Length} labels for {RowCount} rows", nameof(rowIndex));
        }

        ColumnNames = [.. columnNames];
        Columns = [.. columns];
    }

    /// <summary>Column names in frame order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Column data in frame order (see the type remarks for the kinds).</summary>
    public IReadOnlyList<object> Columns { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The row labels.</summary>
    public PandasIndex RowIndex { get; }

    /// <summary>The column called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public object GetColumn(string name) =>
        _positions.TryGetValue(name, out var i) ? Columns[i] : throw new KeyNotFoundException($"no column '{name}'");

    /// <summary>The columns as an exp_matrix-style dictionary (frame order preserved).</summary>
    public IReadOnlyDictionary<string, object?> ToColumns()
    {
        var result = new OrderedDictionary<string, object?>(ColumnNames.Count, StringComparer.Ordinal);
        for (var i = 0; i < ColumnNames.Count; i++)
        {
            result.Add(ColumnNames[i], Columns[i]);
        }

        return result;
    }

    private static int ColumnLength(object column) => column switch
    {
        NdArray { Shape.Count: 1 } array => array.Length,
        string?[] strings => strings.Length,
        object?[] objects => objects.Length,
        null => throw new ArgumentNullException(nameof(column)),
        _ => throw new ArgumentException($"column of type {column.GetType().Name} is not a 1-D NdArray, string?[] or object?[]", nameof(column)),
    };
}
