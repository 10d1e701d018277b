using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>The suite's benchmark classes in the order BenchmarkDotNet runs an assembly's (namespace, then name).</summary>
public static class BenchmarkTypes
{
    /// <summary>
    /// Every class BenchmarkDotNet would take from <paramref name="assembly"/> (same rule as its assembly scan: not
    /// abstract, not generic, a method marked <c>[Benchmark]</c>), in its run order, or reversed.
    /// </summary>
    public static IReadOnlyList<Type> InRunOrder(Assembly assembly, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsGenericType
                && t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.Static).Any(m => m.GetCustomAttributes(true).OfType<BenchmarkAttribute>().Any()))
            .OrderBy(t => t.Namespace, StringComparer.Ordinal)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (reverse)
        {
            types.Reverse();
        }

        return types;
    }
}
