namespace FlyRigLoader.Discovery;

/// <summary>The kinds of <see cref="GlobToken"/>.</summary>
internal enum GlobTokenKind
{
    Literal,
    Any,
    Class,
    Star,
}
