namespace FlyRigLoader.Loading.Pickle;

/// <summary>Small coercions over the unpickler's value model.</summary>
internal static class Values
{
    /// <summary>Stands in for a Python <c>None</c> dictionary key, which a .NET dictionary cannot hold.</summary>
    public static readonly object NoneKey = new();

    public static string? AsString(object? value) => value switch
    {
        string s => s,
        PickleBlob { Kind: BlobKind.Utf8Text } blob => blob.ToText(),
        _ => null,
    };

    public static PickleBlob? AsBlob(object? value) => value as PickleBlob;

    public static bool IsTrue(object? value) => value switch
    {
        bool b => b,
        long l => l != 0,
        _ => false,
    };

    public static long? AsLong(object? value) => value switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        _ => null,
    };
}
