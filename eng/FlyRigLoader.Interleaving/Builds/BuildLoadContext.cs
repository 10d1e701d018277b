using System.Reflection;
using System.Runtime.Loader;

namespace FlyRigLoader.Interleaving.Builds;

/// <summary>
/// One build of the benchmark suite, isolated in its own load context: the suite assembly and everything its
/// <c>deps.json</c> names (the library under test, YamlDotNet, …) load from that build's folder, so A and B can hold
/// different versions of the same assembly in one process. Only the shared framework is shared.
/// </summary>
public sealed class BuildLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;

    /// <summary>A context for the suite at <paramref name="suiteDll"/>; <paramref name="label"/> names it (A or B).</summary>
    public BuildLoadContext(string suiteDll, string label)
        : base("build-" + label, isCollectible: false)
    {
        SuiteDll = Path.GetFullPath(suiteDll);
        _resolver = new AssemblyDependencyResolver(SuiteDll);
    }

    /// <summary>The suite assembly's path.</summary>
    public string SuiteDll { get; }

    /// <summary>Loads the suite assembly into this context.</summary>
    public Assembly LoadSuite() => LoadFromAssemblyPath(SuiteDll);

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Null falls back to the default context, which is how framework assemblies stay shared.
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
