namespace FlyRigLoader.Gate.Tests.EndToEnd;

/// <summary>A fact that drives <c>build.sh</c>, so it is skipped (with that reason) only on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmokeSuiteFactAttribute : FactAttribute
{
    public SmokeSuiteFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "drives build.sh";
        }
    }
}
