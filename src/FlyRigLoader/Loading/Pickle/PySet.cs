namespace FlyRigLoader.Loading.Pickle;

/// <summary>A Python set or frozenset; loaded as a list because the exp_matrix value kinds have no set.</summary>
internal sealed class PySet(List<object?>? items = null)
{
    public List<object?> Items { get; } = items ?? [];
}
