// Stand-ins for BenchmarkDotNet's attributes: the interleaved executor reads attributes by full name, so classes with these
// names are what it sees in a real suite, and this test assembly needs no BenchmarkDotNet.
#pragma warning disable CA1019, CA1813, CA1812, CA1018
namespace BenchmarkDotNet.Attributes;

[AttributeUsage(AttributeTargets.Method)]
internal sealed class BenchmarkAttribute : Attribute;

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class ParamsAttribute(params object?[] values) : Attribute
{
    public object?[] Values { get; } = values;
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class ParamsSourceAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class ParamsAllValuesAttribute : Attribute;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class ArgumentsAttribute(params object?[] values) : Attribute
{
    public object?[] Values { get; } = values;
}

[AttributeUsage(AttributeTargets.Method)]
internal class TargetedAttribute : Attribute
{
    public string? Target { get; set; }
}

internal sealed class GlobalSetupAttribute : TargetedAttribute;

internal sealed class GlobalCleanupAttribute : TargetedAttribute;

internal sealed class IterationSetupAttribute : TargetedAttribute;

internal sealed class IterationCleanupAttribute : TargetedAttribute;
