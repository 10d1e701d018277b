namespace FlyRigLoader.Discovery;

/// <summary>The knobs of config-aware discovery (<see cref="ConfigDiscovery"/>); filters come from the config.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>The defaults: pattern <c>*.*</c>, recursive, no extension filter, no metadata, no dates, no stats.</summary>
    public static DiscoveryOptions Default { get; } = new();

    /// <summary>Glob relative to each date folder (see <see cref="DiscoveryRequest.Pattern"/>). The default value is <c>*.*</c>.</summary>
    public string Pattern { get; init; } = "*.*";

    /// <summary>Match <see cref="Pattern"/> at any depth. The default value is true.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>See <see cref="DiscoveryRequest.Extensions"/>; null (the default) means no extension filter.</summary>
    public IReadOnlyList<string>? Extensions { get; init; }

    /// <summary>Apply the config's merged extraction patterns. The default value is false.</summary>
    public bool ExtractMetadata { get; init; }

    /// <summary>See <see cref="DiscoveryRequest.ParseDates"/>. The default value is false.</summary>
    public bool ParseDates { get; init; }

    /// <summary>See <see cref="DiscoveryRequest.IncludeStats"/>. The default value is false.</summary>
    public bool IncludeStats { get; init; }
}
