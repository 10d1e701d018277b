using System.Collections;
using System.Reflection;

namespace FlyRigLoader.Interleaving.Cases;

/// <summary>
/// Finds the cases of one benchmark method in a build, reading BenchmarkDotNet's attributes by name so that this
/// executor needs no reference to (and no version of) BenchmarkDotNet: <c>[Benchmark]</c>, <c>[Params]</c>,
/// <c>[ParamsSource]</c> and <c>[ParamsAllValues]</c>. Cases come in the cartesian product of the parameter values.
/// </summary>
public static class CaseDiscovery
{
    private const string Attributes = "BenchmarkDotNet.Attributes.";

    /// <summary>The cases of <paramref name="method"/> (<c>Namespace.Type.Method</c>) in <paramref name="suite"/>; empty when this build lacks it.</summary>
    /// <exception cref="InterleavingException">The method uses a feature this executor cannot reproduce faithfully.</exception>
    public static IReadOnlyList<BenchmarkCase> Find(Assembly suite, string method)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(method);
        var dot = method.LastIndexOf('.');
        if (dot <= 0 || dot == method.Length - 1)
        {
            throw new InterleavingException(method, "expected Namespace.Type.Method");
        }

        var type = suite.GetType(method[..dot], throwOnError: false);
        var info = type?.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == method[(dot + 1)..] && Has(m, "BenchmarkAttribute"));
        if (type is null || info is null)
        {
            return [];
        }

        if (Has(info, "ArgumentsAttribute") || Has(info, "ArgumentsSourceAttribute") || info.GetParameters().Length > 0)
        {
            throw new InterleavingException(method, "benchmarks with [Arguments] are not supported by the interleaved executor; use ab_executor \"processes\"");
        }

        if (typeof(System.Threading.Tasks.Task).IsAssignableFrom(info.ReturnType) || info.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
        {
            throw new InterleavingException(method, "async benchmarks are not supported by the interleaved executor; use ab_executor \"processes\"");
        }

        var members = ParameterMembers(type).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var domains = members.Select(m => Values(type, m).Select(v => new CaseParameter(m, v)).ToList()).ToList();
        return Product(domains)
            .Select(ps => new BenchmarkCase(CaseNames.FullName(type.Namespace, type.Name, info.Name, ps.Select(p => (p.Name, p.Value))), type, info, ps))
            .ToList();
    }

    /// <summary>True when <paramref name="member"/> carries the BenchmarkDotNet attribute <paramref name="name"/>.</summary>
    internal static bool Has(MemberInfo member, string name) => Attribute(member, name) is not null;

    /// <summary>The BenchmarkDotNet attribute <paramref name="name"/> on <paramref name="member"/>, as metadata.</summary>
    internal static CustomAttributeData? Attribute(MemberInfo member, string name) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == Attributes + name);

    private static IEnumerable<MemberInfo> ParameterMembers(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m is PropertyInfo or FieldInfo)
            .Where(m => Has(m, "ParamsAttribute") || Has(m, "ParamsSourceAttribute") || Has(m, "ParamsAllValuesAttribute"));

    private static List<object?> Values(Type type, MemberInfo member)
    {
        var memberType = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
        if (Attribute(member, "ParamsAttribute") is { } values)
        {
            var raw = values.ConstructorArguments.Count == 1 && values.ConstructorArguments[0].Value is IEnumerable<CustomAttributeTypedArgument> list
                ? list.Select(a => a.Value)
                : values.ConstructorArguments.Select(a => a.Value);
            return raw.Select(v => Convert(v, memberType)).ToList();
        }

        if (Attribute(member, "ParamsSourceAttribute") is { } source)
        {
            var name = (string)source.ConstructorArguments[0].Value!;
            return Source(type, name).Cast<object?>().ToList();
        }

        if (memberType == typeof(bool))
        {
            return [false, true];
        }

        var underlying = Nullable.GetUnderlyingType(memberType) ?? memberType;
        return underlying.IsEnum
            ? [.. Enum.GetValues(underlying).Cast<object?>()]
            : throw new InterleavingException(type.FullName + "." + member.Name, "[ParamsAllValues] needs a bool or enum member");
    }

    private static IEnumerable Source(Type type, string name)
    {
        const BindingFlags any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        var member = type.GetMember(name, any).FirstOrDefault()
            ?? throw new InterleavingException(type.FullName + "." + name, "[ParamsSource] member not found");
        var target = member is MethodBase { IsStatic: true } or PropertyInfo { GetMethod.IsStatic: true } or FieldInfo { IsStatic: true }
            ? null
            : Activator.CreateInstance(type);
        var value = member switch
        {
            PropertyInfo p => p.GetValue(target),
            FieldInfo f => f.GetValue(target),
            MethodInfo m => m.Invoke(target, null),
            _ => null,
        };
        return value as IEnumerable ?? throw new InterleavingException(type.FullName + "." + name, "[ParamsSource] member is not enumerable");
    }

    // Attribute metadata gives enums as their underlying integer and numbers as the literal's type.
    private static object? Convert(object? value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        return value is null ? null
            : underlying.IsEnum ? Enum.ToObject(underlying, value)
            : underlying.IsInstanceOfType(value) ? value
            : System.Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<List<CaseParameter>> Product(List<List<CaseParameter>> domains)
    {
        IEnumerable<List<CaseParameter>> acc = [[]];
        foreach (var domain in domains)
        {
            acc = acc.SelectMany(prefix => domain.Select(v => new List<CaseParameter>(prefix) { v }));
        }

        return acc;
    }
}
