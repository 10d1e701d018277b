namespace FlyRigLoader.Loading.Pickle;

/// <summary>A DataFrame created by NEWOBJ, completed by BUILD with its state dictionary.</summary>
internal sealed class PandasFrameValue
{
    public PandasFrame? Frame { get; set; }
}
