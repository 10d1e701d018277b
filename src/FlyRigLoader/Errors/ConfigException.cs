namespace FlyRigLoader.Errors;

/// <summary>A config failure; <see cref="FlyRigLoaderException.Code"/> starts with <c>CONFIG_</c>.</summary>
public class ConfigException : FlyRigLoaderException
{
    /// <summary>Creates a config error.</summary>
    public ConfigException(string code, string message, string? location = null, string? hint = null, Exception? inner = null)
        : base(code, message, location, hint, inner)
    {
    }
}
