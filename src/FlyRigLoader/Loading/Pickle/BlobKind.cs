namespace FlyRigLoader.Loading.Pickle;

/// <summary>Which Python type a length-prefixed payload was.</summary>
internal enum BlobKind
{
    Bytes,
    ByteArray,
    Utf8Text,
}
