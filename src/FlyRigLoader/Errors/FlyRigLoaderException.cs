namespace FlyRigLoader.Errors;

/// <summary>
/// Root of every error the library raises, so callers can catch one type and still read a stable
/// <see cref="Code"/>, the <see cref="Location"/> (file, and line/column where known) and a <see cref="Hint"/>.
/// </summary>
public abstract class FlyRigLoaderException : Exception
{
    /// <summary>Creates an error with a stable code, a location and a recovery hint.</summary>
    protected FlyRigLoaderException(string code, string message, string? location, string? hint, Exception? inner = null)
        : base(Compose(message, location, hint), inner)
    {
        Code = code;
        Location = location;
        Hint = hint;
    }

    /// <summary>Stable machine-readable code, e.g. <c>CONFIG_INVALID</c> or <c>LOAD_TRUNCATED</c>.</summary>
    public string Code { get; }

    /// <summary>The file (and position) the error is about, when there is one.</summary>
    public string? Location { get; }

    /// <summary>What the user can do about it.</summary>
    public string? Hint { get; }

    private static string Compose(string message, string? location, string? hint)
    {
        var text = location is null ? message : $"{location}: {message}";
        return hint is null ? text : $"{text} (hint: {hint})";
    }
}
