using System.Reflection;

namespace FlyRigLoader.Interleaving.Cases;

/// <summary>One benchmark case of one build: a method with one assignment of its class's parameters.</summary>
/// <param name="FullName">The name BenchmarkDotNet reports (<c>Namespace.Type.Method(Param: value, …)</c>), which pairs A with B.</param>
/// <param name="Type">The benchmark class, loaded in its build's context.</param>
/// <param name="Method">The <c>[Benchmark]</c> method.</param>
/// <param name="Parameters">Parameter members and their values for this case, in BenchmarkDotNet's name order.</param>
public sealed record BenchmarkCase(string FullName, Type Type, MethodInfo Method, IReadOnlyList<CaseParameter> Parameters);
