namespace FlyRigLoader.Loading;

/// <summary>Stable codes carried by <see cref="Errors.LoadException"/> so callers can branch without parsing messages.</summary>
public static class LoadErrorCodes
{
    /// <summary>The path is null, empty or names no file.</summary>
    public const string FileNotFound = "LOAD_FILE_NOT_FOUND";

    /// <summary>The file starts with neither the gzip magic nor a pickle PROTO opcode.</summary>
    public const string UnknownFormat = "LOAD_UNKNOWN_FORMAT";

    /// <summary>The input ended before the pickle's STOP opcode or before a length field's payload.</summary>
    public const string Truncated = "LOAD_TRUNCATED";

    /// <summary>The pickle names a global outside the allow-list (for example <c>os.system</c>).</summary>
    public const string ForbiddenGlobal = "LOAD_FORBIDDEN_GLOBAL";

    /// <summary>The stream is structurally wrong: bad opcode, stack underflow, inconsistent sizes.</summary>
    public const string Corrupt = "LOAD_CORRUPT";

    /// <summary>A valid pickle feature this loader deliberately does not implement (out-of-band buffers, extension registry…).</summary>
    public const string Unsupported = "LOAD_UNSUPPORTED";

    /// <summary>A numpy dtype without a .NET mapping (complex, datetime, structured…).</summary>
    public const string UnsupportedDType = "LOAD_UNSUPPORTED_DTYPE";

    /// <summary>The gzip layer is damaged.</summary>
    public const string BadGzip = "LOAD_BAD_GZIP";

    /// <summary>The pickle's root object is not what the caller asked for (for example not a dictionary).</summary>
    public const string UnexpectedRoot = "LOAD_UNEXPECTED_ROOT";

    /// <summary>The file could not be read (permissions, I/O).</summary>
    public const string Io = "LOAD_IO";
}
