namespace FlyRigLoader.Errors;

/// <summary>A transform failure; <see cref="FlyRigLoaderException.Code"/> starts with <c>TRANSFORM_</c>.</summary>
public class TransformException : FlyRigLoaderException
{
    /// <summary>Creates a transform error.</summary>
    public TransformException(string code, string message, string? location = null, string? hint = null, Exception? inner = null)
        : base(code, message, location, hint, inner)
    {
    }
}
