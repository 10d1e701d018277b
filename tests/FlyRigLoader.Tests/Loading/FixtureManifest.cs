using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

/// <summary>Reads Fixtures/Pickles/manifest.json (written by make_fixtures.py) and checks loaded values against it.</summary>
internal static class FixtureManifest
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pickles");

    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "manifest.json"))));

    public static IEnumerable<JsonElement> Files => Document.Value.RootElement.GetProperty("files").EnumerateArray();

    public static JsonElement File_(string name) => Files.Single(f => f.GetProperty("file").GetString() == name);

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static DType ParseDType(string numpyName) => numpyName switch
    {
        "float64" => DType.Float64,
        "float32" => DType.Float32,
        "int8" => DType.Int8,
        "int16" => DType.Int16,
        "int32" => DType.Int32,
        "int64" => DType.Int64,
        "uint8" => DType.UInt8,
        "uint16" => DType.UInt16,
        "uint32" => DType.UInt32,
        "uint64" => DType.UInt64,
        "bool" => DType.Bool,
        _ => throw new ArgumentOutOfRangeException(nameof(numpyName), numpyName, null),
    };

    public static void AssertArray(JsonElement expected, object? actual, string what)
    {
        var array = Assert.IsType<NdArray>(actual);
        Assert.True(ParseDType(expected.GetProperty("dtype").GetString()!) == array.DType, $"{what}: dtype {array.DType}");
        Assert.Equal(expected.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32()), array.Shape);
        Assert.True(expected.GetProperty("fortran").GetBoolean() == array.IsFortranOrder, $"{what}: order");
        var bytes = AsBytes(array);
        Assert.True(expected.GetProperty("sha256").GetString() == Convert.ToHexStringLower(SHA256.HashData(bytes)), $"{what}: sha256 of data differs");
        if (expected.TryGetProperty("values", out var values))
        {
            var i = 0;
            foreach (var v in values.EnumerateArray())
            {
                Assert.True(Equal(v, array.Data.GetValue(i)), $"{what}[{i}]: expected {v}, got {array.Data.GetValue(i)}");
                i++;
            }

            Assert.Equal(i, array.Length);
        }
    }

    public static void AssertValue(JsonElement expected, object? actual, string what)
    {
        switch (expected.GetProperty("kind").GetString())
        {
            case "ndarray":
                AssertArray(expected, actual, what);
                break;
            case "str":
                Assert.Equal(expected.GetProperty("value").GetString(), Assert.IsType<string>(actual));
                break;
            case "int":
                Assert.True(actual is long or ulong or BigInteger, $"{what}: {actual?.GetType().Name} is not an integer");
                Assert.Equal(expected.GetProperty("value").GetString(), Convert.ToString(actual, CultureInfo.InvariantCulture));
                break;
            case "float":
                Assert.Equal(double.Parse(expected.GetProperty("value").GetString()!, CultureInfo.InvariantCulture), Assert.IsType<double>(actual));
                break;
            case "bool":
                Assert.Equal(expected.GetProperty("value").GetBoolean(), Assert.IsType<bool>(actual));
                break;
            case "none":
                Assert.Null(actual);
                break;
            case "dict":
                {
                    var dict = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(actual);
                    var props = expected.GetProperty("value").EnumerateObject().ToList();
                    Assert.Equal(props.Select(p => p.Name), dict.Keys);
                    foreach (var p in props)
                    {
                        AssertValue(p.Value, dict[p.Name], $"{what}.{p.Name}");
                    }

                    break;
                }

            case "list":
                {
                    var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(actual);
                    var items = expected.GetProperty("value").EnumerateArray().ToList();
                    Assert.Equal(items.Count, list.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        AssertValue(items[i], list[i], $"{what}[{i}]");
                    }

                    break;
                }

            default:
                throw new InvalidOperationException($"unknown manifest kind at {what}");
        }
    }

    public static void AssertFrame(JsonElement expected, PandasFrame frame)
    {
        Assert.Equal(expected.GetProperty("rows").GetInt32(), frame.RowCount);
        var columns = expected.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(columns.Select(c => c.GetProperty("name").GetString()), frame.ColumnNames);
        foreach (var column in columns)
        {
            var name = column.GetProperty("name").GetString()!;
            if (column.GetProperty("kind").GetString() == "strings")
            {
                Assert.Equal(column.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()), Assert.IsType<string?[]>(frame.GetColumn(name)));
            }
            else
            {
                AssertArray(column, frame.GetColumn(name), name);
            }
        }

        var index = expected.GetProperty("index");
        if (index.GetProperty("kind").GetString() == "range")
        {
            Assert.True(frame.RowIndex.IsRange);
            Assert.Equal(index.GetProperty("start").GetInt64(), frame.RowIndex.Start);
            Assert.Equal(index.GetProperty("stop").GetInt64(), frame.RowIndex.Stop);
            Assert.Equal(index.GetProperty("step").GetInt64(), frame.RowIndex.Step);
        }
        else
        {
            Assert.False(frame.RowIndex.IsRange);
            Assert.Equal(index.GetProperty("name").GetString(), frame.RowIndex.Name);
            AssertArray(index.GetProperty("values"), frame.RowIndex.Values, "index");
        }
    }

    private static byte[] AsBytes(NdArray array) => array.DType switch
    {
        DType.Float64 => MemoryMarshal.AsBytes(array.AsSpan<double>()).ToArray(),
        DType.Float32 => MemoryMarshal.AsBytes(array.AsSpan<float>()).ToArray(),
        DType.Int8 => MemoryMarshal.AsBytes(array.AsSpan<sbyte>()).ToArray(),
        DType.Int16 => MemoryMarshal.AsBytes(array.AsSpan<short>()).ToArray(),
        DType.Int32 => MemoryMarshal.AsBytes(array.AsSpan<int>()).ToArray(),
        DType.Int64 => MemoryMarshal.AsBytes(array.AsSpan<long>()).ToArray(),
        DType.UInt8 => array.AsSpan<byte>().ToArray(),
        DType.UInt16 => MemoryMarshal.AsBytes(array.AsSpan<ushort>()).ToArray(),
        DType.UInt32 => MemoryMarshal.AsBytes(array.AsSpan<uint>()).ToArray(),
        DType.UInt64 => MemoryMarshal.AsBytes(array.AsSpan<ulong>()).ToArray(),
        _ => MemoryMarshal.AsBytes(array.AsSpan<bool>()).ToArray(),
    };

    private static bool Equal(JsonElement expected, object? actual) => actual switch
    {
        double d => double.Parse(expected.GetString()!, CultureInfo.InvariantCulture).Equals(d),
        float f => double.Parse(expected.GetString()!, CultureInfo.InvariantCulture).Equals((double)f),
        bool b => expected.GetBoolean() == b,
        ulong u => expected.GetUInt64() == u,
        _ => expected.GetInt64() == Convert.ToInt64(actual, CultureInfo.InvariantCulture),
    };
}
