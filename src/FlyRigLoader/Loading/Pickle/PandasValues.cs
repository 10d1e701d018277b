namespace FlyRigLoader.Loading.Pickle;

/// <summary>A DataFrame created by NEWOBJ, completed by BUILD with its state dictionary.</summary>
internal sealed class PandasFrameValue
{
    public PandasFrame? Frame { get; set; }
}

/// <summary>One pandas block: a 2-D array of <c>k</c> columns × rows and the frame positions of those columns.</summary>
internal sealed record PandasBlock(NumpyArrayValue Values, int[] Positions);

/// <summary>A BlockManager: its blocks and its axes (columns first, then rows).</summary>
internal sealed record PandasManager(IReadOnlyList<PandasBlock> Blocks, IReadOnlyList<PandasIndex> Axes);
