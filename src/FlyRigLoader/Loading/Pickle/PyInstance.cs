namespace FlyRigLoader.Loading.Pickle;

/// <summary>An instance of an allow-listed class created by NEWOBJ/copyreg whose state arrives later via BUILD.</summary>
internal sealed class PyInstance(PyGlobal type, PyTuple args)
{
    public PyGlobal Type { get; } = type;

    public PyTuple Args { get; } = args;

    public object? State { get; set; }
}
