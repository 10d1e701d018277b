namespace FlyRigLoader.Gate.Testing;

/// <summary>
/// The xunit trait (<c>[Trait("Speed", "Slow")]</c>) on test classes that run the build end to end or drive a browser:
/// <c>./build.sh --target=Test --fast</c> leaves them out; the default run and CI run them.
/// </summary>
internal static class SlowTrait
{
    /// <summary>Trait name.</summary>
    public const string Name = "Speed";

    /// <summary>Trait value.</summary>
    public const string Value = "Slow";
}
