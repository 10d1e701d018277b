namespace FlyRigLoader.Loading;

/// <summary>A pandas row or column index: either a <c>RangeIndex</c> (start/stop/step) or explicit values.</summary>
public sealed class PandasIndex
{
    private PandasIndex(long start, long stop, long step, object? values, int length, string? name)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Values = values;
        Length = length;
        Name = name;
    }

    /// <summary>True for a <c>RangeIndex</c>; then <see cref="Values"/> is null.</summary>
    public bool IsRange => Values is null;

    /// <summary>RangeIndex start.</summary>
    public long Start { get; }

    /// <summary>RangeIndex stop (exclusive).</summary>
    public long Stop { get; }

    /// <summary>RangeIndex step.</summary>
    public long Step { get; }

    /// <summary>Explicit labels: an <see cref="NdArray"/>, <c>string?[]</c> or <c>object?[]</c>; null for a range.</summary>
    public object? Values { get; }

    /// <summary>Number of labels.</summary>
    public int Length { get; }

    /// <summary>The index's name, if any.</summary>
    public string? Name { get; }

    /// <summary>A <c>RangeIndex(start, stop, step)</c>.</summary>
    public static PandasIndex Range(long start, long stop, long step = 1, string? name = null)
    {
        if (step == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), "step must not be zero");
        }

        var count = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
        return new PandasIndex(start, stop, step, null, (int)Math.Clamp(count, 0, int.MaxValue), name);
    }

    /// <summary>An index with explicit labels (<see cref="NdArray"/> 1-D, <c>string?[]</c> or <c>object?[]</c>).</summary>
    public static PandasIndex FromValues(object values, string? name = null)
    {
        var length = values switch
        {
            NdArray { Shape.Count: 1 } array => array.Length,
            string?[] strings => strings.Length,
            object?[] objects => objects.Length,
            _ => throw new ArgumentException("index values must be a 1-D NdArray, string?[] or object?[]", nameof(values)),
        };
        return new PandasIndex(0, 0, 0, values, length, name);
    }
}
