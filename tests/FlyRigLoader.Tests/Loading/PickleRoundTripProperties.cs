using System.Runtime.InteropServices;
using CsCheck;
using FlyRigLoader.Errors;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

/// <summary>Write→read round trips over random dtypes, shapes, orders, protocols and containers; damaged streams fail typed.</summary>
public sealed class PickleRoundTripProperties
{
    private static readonly Gen<int[]> GenShape = Gen.OneOf(
        Gen.Int[0, 3].SelectMany(dims => Gen.Int[0, 7].Array[dims]),
        Gen.Int[0, 12_000].Select(n => new[] { n }));

    private static readonly Gen<NdArray> GenArray =
        from dtype in Gen.Enum<DType>()
        from shape in GenShape
        from fortran in Gen.Bool
        from seed in Gen.Int
        select MakeArray(dtype, shape, fortran, seed);

    private static readonly Gen<PickleWriteOptions> GenOptions =
        from protocol in Gen.Int[2, 5]
        from numpy2 in Gen.Bool
        select new PickleWriteOptions { Protocol = protocol, ModuleNames = numpy2 ? NumpyModuleNames.Numpy2 : NumpyModuleNames.Numpy1 };

    [Fact]
    public void Dictionary_of_random_arrays_round_trips() =>
        Gen.Select(GenArray.Array[1, 4], GenOptions, Gen.Bool, Gen.String[0, 20]).Sample(
            (arrays, options, seekable, text) =>
            {
                var data = new Dictionary<string, object?> { ["label"] = text, ["n"] = (long)arrays.Length };
                for (var i = 0; i < arrays.Length; i++)
                {
                    data["a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = arrays[i];
                }

                var loaded = Reload(s => PickleWriter.WriteDictionary(s, data, options), seekable).AsExperimentMatrix();

                Assert.Equal(data.Keys, loaded.Keys);
                Assert.Equal(text, loaded["label"]);
                Assert.Equal((long)arrays.Length, loaded["n"]);
                for (var i = 0; i < arrays.Length; i++)
                {
                    AssertSameArray(arrays[i], Assert.IsType<NdArray>(loaded["a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
                }
            },
            iter: 150);

    [Fact]
    public void Data_frame_of_random_columns_round_trips()
    {
        var genColumn = Gen.OneOf(
            Gen.Enum<DType>().Select(d => (object)d),
            Gen.Const((object)"strings"));
        Gen.Select(genColumn.Array[1, 6], Gen.Int[0, 40], GenOptions, Gen.Int).Sample(
            (kinds, rows, options, seed) =>
            {
                var random = new Random(seed);
                var columns = kinds.Select(k => k is DType dtype
                    ? (object)MakeArray(dtype, [rows], false, random.Next())
                    : Enumerable.Range(0, rows).Select(i => random.Next(4) == 0 ? null : "s" + random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
                var names = columns.Select((_, i) => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                var frame = new PandasFrame(names, columns);

                var loaded = Assert.IsType<PandasFrame>(Reload(s => PickleWriter.WriteDataFrame(s, frame, options), seekable: true).Root);

                Assert.Equal(names, loaded.ColumnNames);
                Assert.Equal(rows, loaded.RowCount);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i] is NdArray array)
                    {
                        AssertSameArray(array, Assert.IsType<NdArray>(loaded.Columns[i]));
                    }
                    else
                    {
                        Assert.Equal((string?[])columns[i], Assert.IsType<string?[]>(loaded.Columns[i]));
                    }
                }
            },
            iter: 100);
    }

    [Fact]
    public void Damaged_pickle_fails_only_with_load_exception() =>
        Gen.Select(GenArray.Array[1, 3], GenOptions, Gen.Int, Gen.Byte, Gen.Bool).Sample(
            (arrays, options, position, value, truncate) =>
            {
                using var buffer = new MemoryStream();
                PickleWriter.WriteDictionary(buffer, arrays.Select((a, i) => KeyValuePair.Create("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)a)).ToDictionary(), options);
                var bytes = buffer.ToArray();
                var at = (int)((uint)position % bytes.Length);
                if (truncate)
                {
                    bytes = bytes[..at];
                }
                else
                {
                    bytes[at] ^= (byte)(value | 1);
                }

                try
                {
                    using var stream = new MemoryStream(bytes);
                    PickleLoader.Load(stream, "damaged.pkl");
                }
                catch (LoadException ex)
                {
                    Assert.Equal("damaged.pkl", ex.Location);
                }
            },
            iter: 400);

    internal static NdArray MakeArray(DType dtype, int[] shape, bool fortran, int seed)
    {
        var count = shape.Aggregate(1, (a, b) => a * b);
        var random = new Random(seed);
        var bytes = new byte[count * SizeOf(dtype)];
        random.NextBytes(bytes);
        Array data = dtype switch
        {
            DType.Float64 => Enumerable.Range(0, count).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300))).ToArray(),
            DType.Float32 => MemoryMarshal.Cast<byte, float>(bytes).ToArray(),
            DType.Int8 => MemoryMarshal.Cast<byte, sbyte>(bytes).ToArray(),
            DType.Int16 => MemoryMarshal.Cast<byte, short>(bytes).ToArray(),
            DType.Int32 => MemoryMarshal.Cast<byte, int>(bytes).ToArray(),
            DType.Int64 => MemoryMarshal.Cast<byte, long>(bytes).ToArray(),
            DType.UInt8 => bytes,
            DType.UInt16 => MemoryMarshal.Cast<byte, ushort>(bytes).ToArray(),
            DType.UInt32 => MemoryMarshal.Cast<byte, uint>(bytes).ToArray(),
            DType.UInt64 => MemoryMarshal.Cast<byte, ulong>(bytes).ToArray(),
            _ => bytes.Select(b => (b & 1) == 1).ToArray(),
        };
        return new NdArray(dtype, shape, data, fortran);
    }

    private static int SizeOf(DType dtype) => Marshal.SizeOf(NdArray.ElementType(dtype) == typeof(bool) ? typeof(byte) : NdArray.ElementType(dtype));

    private static void AssertSameArray(NdArray expected, NdArray actual)
    {
        Assert.Equal(expected.DType, actual.DType);
        Assert.Equal(expected.Shape, actual.Shape);
        var effectivelyFortran = expected.IsFortranOrder && expected.Shape.Count(d => d != 1) > 1 && !expected.Shape.Contains(0);
        Assert.Equal(effectivelyFortran, actual.IsFortranOrder);
        Assert.True(Bytes(expected).SequenceEqual(Bytes(actual)), "element bytes differ");
    }

    private static byte[] Bytes(NdArray array)
    {
        var size = SizeOf(array.DType);
        var result = new byte[array.Length * size];
        Buffer.BlockCopy(array.Data, 0, result, 0, result.Length);
        return result;
    }

    private static LoadedPickle Reload(Action<Stream> write, bool seekable)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        using Stream source = seekable ? buffer : new NonSeekableStream(buffer);
        return PickleLoader.Load(source, "roundtrip.pkl");
    }
}
