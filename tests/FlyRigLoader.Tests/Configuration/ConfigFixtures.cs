namespace FlyRigLoader.Tests.Configuration;

internal static class ConfigFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Configuration", name);
}
