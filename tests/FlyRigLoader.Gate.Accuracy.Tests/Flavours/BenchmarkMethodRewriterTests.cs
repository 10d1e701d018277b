using System.Reflection;
using System.Runtime.Loader;
using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FlyRigLoader.Gate.Accuracy.Tests.Flavours;

/// <summary>
/// The rewrite is checked by compiling what it produces and calling it: the rewritten benchmark must return what the
/// original body returns, run that body exactly once, and allocate the extra bytes.
/// </summary>
public sealed class BenchmarkMethodRewriterTests
{
    private const string Attribute = """
        namespace BenchmarkDotNet.Attributes;
        [System.AttributeUsage(System.AttributeTargets.Method)]
        public sealed class BenchmarkAttribute : System.Attribute { }
        """;

    private const string Suite = """
        using System.Threading.Tasks;
        using BenchmarkDotNet.Attributes;

        namespace FlyRigLoader.Benchmarks.Config;

        public class SampleBenchmarks
        {
            public int Calls;

            /// <summary>Block body with a value.</summary>
            [Benchmark]
            public int Block()
            {
                Calls++;
                if (Calls > 1000)
                {
                    return -1;
                }

                return 41 + 1;
            }

            [Benchmark]
            public string Expression() => (++Calls).ToString(System.Globalization.CultureInfo.InvariantCulture);

            [Benchmark]
            public void Nothing() => Calls++;

            [Benchmark]
            public void NothingInBlock()
            {
                Calls += 10;
            }

            [Benchmark]
            public async Task<int> Later()
            {
                await Task.Yield();
                Calls++;
                return 7;
            }

            [Benchmark]
            public Task Plain()
            {
                Calls++;
                return Task.CompletedTask;
            }

            [Benchmark]
            public int WithArguments(int a, ref int b)
            {
                Calls++;
                b = a * 2;
                return a + b;
            }

            public int NotABenchmark() => 0;
        }
        """;

    private static readonly IReadOnlyList<SourceFile> Files =
    [
        new("benchmarks/FlyRigLoader.Benchmarks/Attribute.cs", Attribute),
        new("benchmarks/FlyRigLoader.Benchmarks/Config/SampleBenchmarks.cs", Suite),
    ];

    private static (object Instance, Type Type, Type Injection) CompileAndLoad(MethodRewrite rewrite)
    {
        var sources = Files.Select(f => rewrite.Files.FirstOrDefault(r => r.RelativePath == f.RelativePath) ?? f).Concat(rewrite.Files).DistinctBy(f => f.RelativePath);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "FlavourUnderTest", sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Preview), s.RelativePath)), references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var assembly = new AssemblyLoadContext("flavour-test", isCollectible: true).LoadFromStream(image);
        var type = assembly.GetType("FlyRigLoader.Benchmarks.Config.SampleBenchmarks")!;
        return (Activator.CreateInstance(type)!, type, assembly.GetType("FlyRigLoader.Benchmarks.AccuracyFlavour.FlavourInjection")!);
    }

    private static int Calls(object instance) => (int)instance.GetType().GetField("Calls")!.GetValue(instance)!;

    private static byte[]? LastAllocation(Type injection) =>
        (byte[]?)injection.GetProperty("LastAllocation", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null);

    [Theory]
    [InlineData("*SampleBenchmarks.Block", 42, 1)]
    [InlineData("*SampleBenchmarks.Expression", "1", 1)]
    [InlineData("*SampleBenchmarks.Nothing", null, 1)]
    [InlineData("*SampleBenchmarks.NothingInBlock", null, 10)]
    public void A_rewritten_method_returns_what_its_body_returns_and_runs_the_body_once(string glob, object? expected, int calls)
    {
        var rewrite = BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec(glob, 1.25, 0));
        var (instance, type, _) = CompileAndLoad(rewrite);

        var result = type.GetMethod(glob[(glob.LastIndexOf('.') + 1)..])!.Invoke(instance, null);

        Assert.Equal(expected, result);
        Assert.Equal(calls, Calls(instance));
    }

    [Fact]
    public void The_rewritten_method_keeps_its_name_and_attributes_and_the_body_moves_to_a_private_sibling()
    {
        var rewrite = BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*.Block", 1.25, 0));
        var (_, type, _) = CompileAndLoad(rewrite);

        Assert.Equal("FlyRigLoader.Benchmarks.Config.SampleBenchmarks.Block", rewrite.MethodFullName);
        var wrapper = type.GetMethod("Block")!;
        Assert.True(wrapper.IsPublic);
        Assert.Contains(wrapper.GetCustomAttributes(), a => a.GetType().Name == "BenchmarkAttribute");
        var original = type.GetMethod("Block" + BenchmarkMethodRewriter.OriginalSuffix, BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.True(original.IsPrivate);
        Assert.DoesNotContain(original.GetCustomAttributes(), a => a.GetType().Name == "BenchmarkAttribute");
        Assert.True(original.MethodImplementationFlags.HasFlag(MethodImplAttributes.NoInlining));
        Assert.Single(type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), m => m.GetCustomAttributes().Any(a => a.GetType().Name == "BenchmarkAttribute") && m.Name.StartsWith("Block", StringComparison.Ordinal));
        Assert.Contains("/// <summary>Block body with a value.</summary>", rewrite.Files[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_method_awaits_its_original_so_the_stretch_follows_the_whole_operation()
    {
        var rewrite = BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*.Later", 1.1, 0));
        var (instance, type, _) = CompileAndLoad(rewrite);

        var later = await (Task<int>)type.GetMethod("Later")!.Invoke(instance, null)!;

        Assert.Equal(7, later);
        Assert.Equal(1, Calls(instance));
        Assert.Contains("await Later" + BenchmarkMethodRewriter.OriginalSuffix + "()", rewrite.Files[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_returning_method_that_is_not_async_becomes_async_and_awaits_its_original()
    {
        var rewrite = BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*.Plain", 1.1, 0));
        var (instance, type, _) = CompileAndLoad(rewrite);

        await (Task)type.GetMethod("Plain")!.Invoke(instance, null)!;

        Assert.Equal(1, Calls(instance));
        Assert.Contains("public async Task Plain()", rewrite.Files[0].Text, StringComparison.Ordinal);
        Assert.Contains("await Plain" + BenchmarkMethodRewriter.OriginalSuffix + "()", rewrite.Files[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_are_passed_through_with_their_ref_kind()
    {
        var rewrite = BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*.WithArguments", 1.25, 0));
        var (instance, type, _) = CompileAndLoad(rewrite);
        object[] args = [3, 0];

        var result = type.GetMethod("WithArguments")!.Invoke(instance, args);

        Assert.Equal(9, result);
        Assert.Equal(6, args[1]);
    }

    [Fact]
    public void Extra_bytes_are_allocated_on_every_operation()
    {
        var rewrite = BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*.Block", 1.0, 1024));
        var (instance, type, injection) = CompileAndLoad(rewrite);

        Assert.Null(LastAllocation(injection));
        type.GetMethod("Block")!.Invoke(instance, null);
        var first = LastAllocation(injection);
        type.GetMethod("Block")!.Invoke(instance, null);

        Assert.Equal(1024, first?.Length);
        Assert.NotSame(first, LastAllocation(injection));
    }

    [Fact]
    public void A_glob_that_matches_no_benchmark_method_fails_naming_the_glob_and_similar_methods()
    {
        var e = Assert.Throws<GateInputException>(() => BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*SampleBenchmarks.Blok*", 1.25, 0)));

        Assert.Equal("*SampleBenchmarks.Blok*", e.File);
        Assert.Contains("no [Benchmark] method", e.Problem, StringComparison.Ordinal);
        Assert.Contains("FlyRigLoader.Benchmarks.Config.SampleBenchmarks.Block", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_without_the_benchmark_attribute_is_not_a_target()
    {
        var e = Assert.Throws<GateInputException>(() => BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*.NotABenchmark", 1.25, 0)));

        Assert.Contains("no [Benchmark] method", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_that_matches_several_benchmark_methods_fails_listing_them()
    {
        var e = Assert.Throws<GateInputException>(() => BenchmarkMethodRewriter.Rewrite(Files, new InjectionSpec("*SampleBenchmarks.Nothing*", 1.25, 0)));

        Assert.Contains("matches 2 [Benchmark] methods", e.Problem, StringComparison.Ordinal);
        Assert.Contains("SampleBenchmarks.Nothing,", e.Problem, StringComparison.Ordinal);
        Assert.Contains("SampleBenchmarks.NothingInBlock", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_name_joins_namespace_types_and_method_also_for_block_namespaces()
    {
        var files = new[] { new SourceFile("B.cs", "namespace A.B { class Outer { class Inner { [Benchmark] public int M() => 1; } } }") };

        var rewrite = BenchmarkMethodRewriter.Rewrite(files, new InjectionSpec("A.B.Outer.Inner.M", 2, 0));

        Assert.Equal("A.B.Outer.Inner.M", rewrite.MethodFullName);
    }
}
