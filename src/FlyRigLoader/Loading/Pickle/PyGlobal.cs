namespace FlyRigLoader.Loading.Pickle;

/// <summary>An allow-listed global, with module names already canonicalized (numpy 2 → numpy 1 spelling, py2 → py3).</summary>
internal sealed record PyGlobal(string Module, string Name)
{
    public override string ToString() => $"{Module}.{Name}";
}
