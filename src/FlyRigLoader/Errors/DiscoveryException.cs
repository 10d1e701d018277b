namespace FlyRigLoader.Errors;

/// <summary>A discovery failure; <see cref="FlyRigLoaderException.Code"/> starts with <c>DISCOVERY_</c>.</summary>
public class DiscoveryException : FlyRigLoaderException
{
    /// <summary>Creates a discovery error.</summary>
    public DiscoveryException(string code, string message, string? location = null, string? hint = null, Exception? inner = null)
        : base(code, message, location, hint, inner)
    {
    }
}
