namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>The browser tests share one Chromium and run one page at a time (2 cores, shared).</summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name for <c>[Collection]</c>.</summary>
    public const string Name = "Browser";
}
