namespace FlyRigLoader.Gate.Accuracy.Flavours;

/// <summary>The result of rewriting the target benchmark: which method it was and the files that changed or were added.</summary>
/// <param name="MethodFullName"><c>Namespace.Type.Method</c> of the rewritten benchmark.</param>
/// <param name="Files">The rewritten file and the generated injection helper.</param>
internal sealed record MethodRewrite(string MethodFullName, IReadOnlyList<SourceFile> Files);
