using FlyRigLoader.Loading;
using FlyRigLoader.Loading.Pickle;

namespace FlyRigLoader.Tests.Loading.Pickle;

/// <summary>A staged payload is given to at most one result; every other consumer gets a copy, made at most once.</summary>
public sealed class PickleBlobTests
{
    [Fact]
    public void Try_adopt_right_type_and_length_hands_over_the_staging_array_once()
    {
        var staging = new double[] { 1.5, -2, 3 };
        var blob = PickleBlob.FromStaging(staging, BlobKind.ByteArray);

        Assert.True(blob.TryAdopt<double>(3, out var first));
        Assert.Same(staging, first);
        Assert.False(blob.TryAdopt<double>(3, out _));
    }

    [Fact]
    public void Try_adopt_other_type_or_length_refuses()
    {
        var blob = PickleBlob.FromStaging(new double[4], BlobKind.ByteArray);

        Assert.False(blob.TryAdopt<long>(4, out _));
        Assert.False(blob.TryAdopt<double>(3, out _));
    }

    [Fact]
    public void Try_adopt_same_size_integer_of_other_sign_refuses()
    {
        // The runtime treats a byte[] as an sbyte[] in a type test; NdArray would then refuse the array.
        var blob = PickleBlob.FromStaging(new byte[8], BlobKind.ByteArray);

        Assert.False(blob.TryAdopt<sbyte>(8, out _));
        Assert.True(blob.TryAdopt<byte>(8, out _));
    }

    [Fact]
    public void To_array_staged_as_another_type_gives_a_real_byte_array()
    {
        var blob = PickleBlob.FromStaging(new sbyte[] { -1, 2 }, BlobKind.Bytes);

        var bytes = blob.ToArray();

        Assert.Equal(typeof(byte[]), bytes.GetType());
        Assert.Equal(new byte[] { 255, 2 }, bytes);
    }

    [Fact]
    public void Materialize_two_arrays_from_one_payload_do_not_share_storage()
    {
        // A memoized payload may feed several numpy arrays: only the first may adopt it.
        var blob = PickleBlob.FromStaging(new double[] { 1, 2, 3 }, BlobKind.ByteArray);

        var first = (double[])NumpyReconstruction.Materialize(blob, DType.Float64, 3, bigEndian: false);
        var second = (double[])NumpyReconstruction.Materialize(blob, DType.Float64, 3, bigEndian: false);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Materialize_big_endian_swaps_a_copy_and_leaves_the_payload_intact()
    {
        var payload = new double[] { BitConverter.Int64BitsToDouble(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(BitConverter.DoubleToInt64Bits(2.5))) };
        var blob = PickleBlob.FromStaging(payload, BlobKind.ByteArray);

        var swapped = (double[])NumpyReconstruction.Materialize(blob, DType.Float64, 1, bigEndian: true);
        var again = (double[])NumpyReconstruction.Materialize(blob, DType.Float64, 1, bigEndian: true);

        Assert.Equal([2.5], swapped);
        Assert.Equal([2.5], again);
        Assert.NotSame(payload, swapped);
    }

    [Fact]
    public void To_array_after_adoption_copies_once_and_keeps_the_copy()
    {
        var blob = PickleBlob.FromStaging(new byte[] { 1, 2, 3 }, BlobKind.Bytes);
        Assert.True(blob.TryAdopt<byte>(3, out var adopted));

        var bytes = blob.ToArray();

        Assert.NotSame(adopted, bytes);
        Assert.Equal(adopted, bytes);
        Assert.Same(bytes, blob.ToArray());
    }

    [Fact]
    public void Try_adopt_after_to_array_gave_the_memory_away_refuses()
    {
        var memory = new byte[] { 9, 8 };
        var blob = PickleBlob.FromArray(memory, BlobKind.Bytes);

        Assert.Same(memory, blob.ToArray());
        Assert.False(blob.TryAdopt<byte>(2, out _));
    }

    [Fact]
    public void To_text_reads_staged_memory_without_taking_it()
    {
        var blob = PickleBlob.FromArray("héllo"u8.ToArray(), BlobKind.Utf8Text);

        Assert.Equal("héllo", blob.ToText());
        Assert.True(blob.TryAdopt<byte>(6, out _));
    }
}
