using System.Globalization;
using System.Numerics;

namespace FlyRigLoader.Loading.Pickle;

/// <summary>
/// Turns the unpickler's working objects into the public exp_matrix value kinds: <see cref="NdArray"/>, string, long,
/// double, bool, byte[], lists, string-keyed dictionaries, <see cref="PandasFrame"/>, null. Shared references stay shared
/// and cycles terminate, because each source object is converted once.
/// </summary>
internal sealed class ResultConverter(PickleInput input)
{
    // Recursion depth guard: a few kilobytes of nested EMPTY_LIST/APPEND would otherwise overflow the thread's stack.
    private const int MaxDepth = 512;
    private readonly Dictionary<object, object?> _done = new(ReferenceEqualityComparer.Instance);
    private int _depth;

    public object? Convert(object? value)
    {
        if (++_depth > MaxDepth)
        {
            throw input.Error(LoadErrorCodes.Unsupported, $"containers nested deeper than {MaxDepth} levels");
        }

        try
        {
            return ConvertCore(value);
        }
        finally
        {
            _depth--;
        }
    }

    private object? ConvertCore(object? value)
    {
        switch (value)
        {
            case null or string or long or double or bool or BigInteger or ulong:
                return value;
            case NumpyArrayValue array:
                return array.Numeric ?? (object?)PandasReconstruction.ObjectColumn(array.Objects ?? throw input.Error(LoadErrorCodes.Corrupt, "ndarray was created but never filled"));
            case PickleBlob blob:
                return blob.Kind == BlobKind.Utf8Text ? blob.ToText() : blob.ToArray();
            case PandasFrameValue frame:
                return frame.Frame ?? throw input.Error(LoadErrorCodes.Corrupt, "DataFrame was created but never filled");
            case PandasIndex index:
                return index;
        }

        if (_done.TryGetValue(value, out var converted))
        {
            return converted;
        }

        switch (value)
        {
            case Dictionary<object, object?> dict:
                {
                    var result = new OrderedDictionary<string, object?>(dict.Count, StringComparer.Ordinal);
                    _done[value] = result;
                    foreach (var (key, item) in dict)
                    {
                        result[KeyText(key)] = Convert(item);
                    }

                    return result;
                }

            case List<object?> list:
                {
                    var result = new List<object?>(list.Count);
                    _done[value] = result;
                    result.AddRange(list.Select(Convert));
                    return result;
                }

            case PyTuple tuple:
                {
                    var result = new List<object?>(tuple.Count);
                    _done[value] = result;
                    result.AddRange(tuple.Items.Select(Convert));
                    return result;
                }

            case PySet set:
                {
                    var result = new List<object?>(set.Items.Count);
                    _done[value] = result;
                    result.AddRange(set.Items.Select(Convert));
                    return result;
                }

            default:
                throw input.Error(LoadErrorCodes.Unsupported, $"a {Describe(value)} cannot be part of the loaded data");
        }
    }

    private string KeyText(object key) => key switch
    {
        string s => s,
        _ when ReferenceEquals(key, Values.NoneKey) => "None",
        bool b => b ? "True" : "False",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw input.Error(LoadErrorCodes.Unsupported, $"dictionary key of type {Describe(key)} cannot become a string"),
    };

    private static string Describe(object value) => value switch
    {
        PyGlobal g => $"bare reference to {g}",
        PyInstance i => $"{i.Type} object",
        _ => value.GetType().Name,
    };
}
