namespace FlyRigLoader.Gate.Accuracy.Flavours;

/// <summary>A built accuracy flavour: a copy of the suite with one benchmark rewritten.</summary>
/// <param name="Name">Short name (e.g. <c>inject125</c>).</param>
/// <param name="Spec">What was injected.</param>
/// <param name="Hash">Content hash of its sources and injection (the cache key).</param>
/// <param name="Directory">Its folder under <c>artifacts/accuracy/flavours/</c>.</param>
/// <param name="Dll">The built suite, <c>FlyRigLoader.Benchmarks.dll</c>.</param>
/// <param name="MethodFullName">The rewritten benchmark method (<c>Namespace.Type.Method</c>), or null for an identity flavour.</param>
/// <param name="Cached">True when an earlier build with the same hash was reused.</param>
internal sealed record Flavour(string Name, InjectionSpec Spec, string Hash, string Directory, string Dll, string? MethodFullName, bool Cached);
