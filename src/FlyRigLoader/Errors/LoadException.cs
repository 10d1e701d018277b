namespace FlyRigLoader.Errors;

/// <summary>A load failure; <see cref="FlyRigLoaderException.Code"/> starts with <c>LOAD_</c>.</summary>
public class LoadException : FlyRigLoaderException
{
    /// <summary>Creates a load error.</summary>
    public LoadException(string code, string message, string? location = null, string? hint = null, Exception? inner = null)
        : base(code, message, location, hint, inner)
    {
    }
}
