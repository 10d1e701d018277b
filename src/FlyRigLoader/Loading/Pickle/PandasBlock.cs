namespace FlyRigLoader.Loading.Pickle;

/// <summary>One pandas block: a 2-D array of <c>k</c> columns × rows and the frame positions of those columns.</summary>
internal sealed record PandasBlock(NumpyArrayValue Values, int[] Positions);
