namespace FlyRigLoader.Loading.Pickle;

/// <summary>A BlockManager: its blocks and its axes (columns first, then rows).</summary>
internal sealed record PandasManager(IReadOnlyList<PandasBlock> Blocks, IReadOnlyList<PandasIndex> Axes);
