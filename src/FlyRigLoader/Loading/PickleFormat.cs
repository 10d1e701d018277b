namespace FlyRigLoader.Loading;

/// <summary>What the first bytes of a file say it is.</summary>
public enum PickleFormat
{
    /// <summary>Neither gzip nor a protocol-2+ pickle.</summary>
    Unknown,

    /// <summary>A raw pickle: PROTO opcode (0x80) followed by a protocol number 2–5.</summary>
    Pickle,

    /// <summary>A gzip stream (magic 1F 8B), expected to hold a pickle.</summary>
    GzipPickle,
}
