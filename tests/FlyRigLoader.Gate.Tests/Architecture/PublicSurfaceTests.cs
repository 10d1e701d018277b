using System.Reflection;
using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Cli;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Architecture;

/// <summary>
/// The gate's public surface is what build/*.cake and the standalone <c>check-regression</c> CLI use, plus the types
/// their public signatures need; everything else is internal (tests see it through InternalsVisibleTo).
/// </summary>
public sealed partial class PublicSurfaceTests
{
    private static readonly Assembly Gate = typeof(GateCommand).Assembly;

    private static IEnumerable<Type> SignatureTypes(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .SelectMany(m => m switch
            {
                PropertyInfo p => [p.PropertyType],
                FieldInfo f => [f.FieldType],
                MethodBase b => b.GetParameters().Select(x => x.ParameterType).Concat(b is MethodInfo mi ? [mi.ReturnType] : []),
                Type nested => [nested],
                _ => [],
            })
            .Concat(type.GetInterfaces()).Append(type.BaseType).OfType<Type>()
            .SelectMany(Flatten);

    private static IEnumerable<Type> Flatten(Type t) =>
        t.HasElementType ? Flatten(t.GetElementType()!) : t.IsGenericType ? t.GetGenericArguments().SelectMany(Flatten).Prepend(t.GetGenericTypeDefinition()) : [t];

    [Fact]
    public void Only_the_scripts_entry_points_and_their_signatures_are_public()
    {
        var exported = Gate.GetExportedTypes().ToHashSet();
        var scripts = string.Join("\n", Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "build"), "*.cake").Select(File.ReadAllText));
        var roots = exported.Where(t => Regex.IsMatch(scripts, $@"\b{t.Name}\b")).Append(typeof(GateCommand)).Append(typeof(CheckRegressionCommand)).ToList();
        var reachable = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var t))
        {
            if (t.Assembly == Gate && reachable.Add(t))
            {
                foreach (var s in SignatureTypes(t))
                {
                    queue.Enqueue(s);
                }
            }
        }

        Assert.Contains(roots, t => t.Name == "BenchmarkRun");
        Assert.Empty(exported.Except(reachable).Select(t => t.FullName).Order(StringComparer.Ordinal));
    }
}
