using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Results;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FlyRigLoader.Gate.Accuracy.Flavours;

/// <summary>
/// Rewrites the one <c>[Benchmark]</c> method a flavour slows down (pure: text in, text out). The method keeps its name,
/// attributes, parameters and class, so BenchmarkDotNet and the interleaved runner see the same case ids as in the shipped
/// suite; its original body moves, unchanged, into a private non-inlined sibling that the rewritten method calls between
/// two clock reads before the injection helper stretches the operation by the factor and allocates the extra bytes:
/// <code>
/// [Benchmark] public T M(a) { var start = Stopwatch.GetTimestamp(); var result = M__FlyRigAccuracyOriginal(a); FlavourInjection.After(start, f, b); return result; }
/// [MethodImpl(NoInlining)] private T M__FlyRigAccuracyOriginal(a) { original body }
/// </code>
/// Awaitable methods (<c>Task</c>, <c>ValueTask</c>, with or without a result) await the original, so the stretch follows
/// the whole operation.
/// </summary>
internal static class BenchmarkMethodRewriter
{
    /// <summary>Suffix of the private method that keeps the original body.</summary>
    public const string OriginalSuffix = "__FlyRigAccuracyOriginal";

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview);

    /// <summary>Rewrites the method matching <paramref name="spec"/>'s glob among <paramref name="files"/>.</summary>
    /// <exception cref="GateInputException">No <c>[Benchmark]</c> method matches, several do, or the method cannot be rewritten.</exception>
    public static MethodRewrite Rewrite(IReadOnlyList<SourceFile> files, InjectionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(spec);
        var benchmarks = files
            .Where(f => f.RelativePath.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => (File: f, Root: CSharpSyntaxTree.ParseText(f.Text, Parse, f.RelativePath).GetCompilationUnitRoot()))
            .SelectMany(f => f.Root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(IsBenchmark).Select(m => (f.File, f.Root, Method: m, Name: FullName(m))))
            .ToList();
        var matches = benchmarks.Where(b => Glob.IsMatch(spec.TargetGlob, b.Name)).ToList();
        if (matches.Count == 0)
        {
            throw new GateInputException(spec.TargetGlob, $"no [Benchmark] method's Namespace.Type.Method matches this glob ({benchmarks.Count.ToString(CultureInfo.InvariantCulture)} benchmark methods searched{Near(spec.TargetGlob, benchmarks.Select(b => b.Name))})");
        }

        if (matches.Count > 1)
        {
            throw new GateInputException(spec.TargetGlob, $"the glob matches {matches.Count.ToString(CultureInfo.InvariantCulture)} [Benchmark] methods, a flavour slows exactly one: {string.Join(", ", matches.Select(m => m.Name))}");
        }

        var (file, root, method, name) = matches[0];
        var rewritten = root.ReplaceNode(method, Replacement(method, name, spec)).NormalizeWhitespace(eol: "\n");
        var text = rewritten.ToFullString() + "\n";
        if (CSharpSyntaxTree.ParseText(text, Parse).GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new GateInputException(file.RelativePath, $"rewriting {name} produced invalid C#: {error.GetMessage(CultureInfo.InvariantCulture)}");
        }

        return new MethodRewrite(name, [file with { Text = text }, new SourceFile(FlavourInjectionSource.RelativePath, FlavourInjectionSource.Text)]);
    }

    /// <summary><c>Namespace.Type.Method</c> as BenchmarkDotNet names the method (nested types joined by dots).</summary>
    public static string FullName(MethodDeclarationSyntax method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var parts = new List<string> { method.Identifier.ValueText };
        for (var node = method.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax type:
                    parts.Add(type.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(ns.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    private static bool IsBenchmark(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is var n
            && (n is "Benchmark" or "BenchmarkAttribute" || n.EndsWith(".Benchmark", StringComparison.Ordinal) || n.EndsWith(".BenchmarkAttribute", StringComparison.Ordinal)));

    private static MemberDeclarationSyntax[] Replacement(MethodDeclarationSyntax method, string name, InjectionSpec spec)
    {
        var originalName = method.Identifier.ValueText + OriginalSuffix;
        if (method.Parent is TypeDeclarationSyntax owner && owner.Members.OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == originalName))
        {
            throw new GateInputException(name, $"the class already has a method named {originalName}");
        }

        if (method.ReturnType is RefTypeSyntax || method.TypeParameterList is not null || (method.Body is null && method.ExpressionBody is null))
        {
            throw new GateInputException(name, "a flavour can only rewrite a non-generic benchmark method with a body that does not return by reference");
        }

        var isAsync = method.Modifiers.Any(SyntaxKind.AsyncKeyword);
        var awaitable = AwaitableResult(method.ReturnType);
        var hasResult = awaitable switch
        {
            null => !(method.ReturnType is PredefinedTypeSyntax p && p.Keyword.IsKind(SyntaxKind.VoidKeyword)),
            var withResult => withResult.Value,
        };
        var arguments = string.Join(", ", method.ParameterList.Parameters.Select(p => string.Concat(p.Modifiers.Where(IsRefKind).Select(m => m.ValueText + " ")) + p.Identifier.ValueText));
        var call = $"{(awaitable is not null ? "await " : "")}{originalName}({arguments})";
        var body = SyntaxFactory.ParseStatement(string.Create(CultureInfo.InvariantCulture, $$"""
            {
                var flyrigAccuracyStart = global::System.Diagnostics.Stopwatch.GetTimestamp();
                {{(hasResult ? "var flyrigAccuracyResult = " : "")}}{{call}};
                {{FlavourInjectionSource.TypeName}}.After(flyrigAccuracyStart, {{spec.Factor.ToString("R", CultureInfo.InvariantCulture)}}, {{spec.ExtraBytes}});
                {{(hasResult ? "return flyrigAccuracyResult;" : "")}}
            }
            """), options: Parse);
        var wrapperModifiers = awaitable is not null && !isAsync ? method.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.AsyncKeyword)) : method.Modifiers;
        var wrapper = method.WithModifiers(wrapperModifiers).WithBody((BlockSyntax)body).WithExpressionBody(null).WithSemicolonToken(default);

        var kept = method.Modifiers.Where(m => m.Kind() is SyntaxKind.StaticKeyword or SyntaxKind.AsyncKeyword or SyntaxKind.UnsafeKeyword);
        var noInlining = SyntaxFactory.ParseCompilationUnit(
            "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] void X() { }", options: Parse)
            .DescendantNodes().OfType<AttributeListSyntax>().Single();
        var original = method
            .WithAttributeLists(SyntaxFactory.SingletonList(noInlining))
            .WithModifiers(SyntaxFactory.TokenList([SyntaxFactory.Token(SyntaxKind.PrivateKeyword), .. kept.Select(k => SyntaxFactory.Token(k.Kind()))]))
            .WithIdentifier(SyntaxFactory.Identifier(originalName));
        return [wrapper, original];
    }

    private static bool IsRefKind(SyntaxToken modifier) => modifier.Kind() is SyntaxKind.RefKeyword or SyntaxKind.OutKeyword or SyntaxKind.InKeyword;

    /// <summary>Null when not awaitable; else whether the awaited value is a result (<c>Task&lt;T&gt;</c>) or not (<c>Task</c>).</summary>
    private static bool? AwaitableResult(TypeSyntax type)
    {
        var simple = type switch
        {
            QualifiedNameSyntax q => q.Right,
            AliasQualifiedNameSyntax a => a.Name,
            SimpleNameSyntax s => s,
            _ => null,
        };
        return simple switch
        {
            GenericNameSyntax { Identifier.ValueText: "Task" or "ValueTask", TypeArgumentList.Arguments.Count: 1 } => true,
            IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } => false,
            _ => null,
        };
    }

    private static string Near(string glob, IEnumerable<string> names)
    {
        var words = glob.Split(['*', '.'], StringSplitOptions.RemoveEmptyEntries);
        var near = names.Where(n => words.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase))).Take(8).ToList();
        return near.Count == 0 ? "" : "; similar: " + string.Join(", ", near);
    }
}
