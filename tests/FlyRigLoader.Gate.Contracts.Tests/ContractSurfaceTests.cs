using System.Reflection;

namespace FlyRigLoader.Gate.Contracts.Tests;

/// <summary>What crosses a process or project boundary is typed: no JSON DOM (Newtonsoft JToken, System.Text.Json nodes) in the contracts.</summary>
public sealed class ContractSurfaceTests
{
    private static bool IsJsonDom(Type type) =>
        (type.Namespace is { } ns && (ns.StartsWith("Newtonsoft.Json.Linq", StringComparison.Ordinal) || ns.StartsWith("System.Text.Json.Nodes", StringComparison.Ordinal)))
        || type == typeof(System.Text.Json.JsonElement) || type == typeof(System.Text.Json.JsonDocument)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsJsonDom)) || (type.HasElementType && IsJsonDom(type.GetElementType()!));

    [Fact]
    public void No_public_member_of_the_contracts_is_a_json_dom()
    {
        var surface = typeof(GateInputException).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m switch
            {
                PropertyInfo p => [(m, p.PropertyType)],
                FieldInfo f => [(m, f.FieldType)],
                MethodBase b => b.GetParameters().Select(x => (m, x.ParameterType)).Concat(b is MethodInfo mi ? [(m, mi.ReturnType)] : []),
                _ => Enumerable.Empty<(MemberInfo, Type)>(),
            })
            .ToList();

        Assert.NotEmpty(surface);
        Assert.Empty(surface.Where(s => IsJsonDom(s.Item2)).Select(s => $"{s.Item1.DeclaringType}.{s.Item1.Name}: {s.Item2}"));
    }

    [Fact]
    public void The_check_sees_a_json_dom_in_generic_arguments()
    {
        Assert.True(IsJsonDom(typeof(IReadOnlyList<Newtonsoft.Json.Linq.JObject>)));
        Assert.False(IsJsonDom(typeof(IReadOnlyList<double>)));
    }
}
