using System.Linq.Expressions;
using System.Reflection;
using FlyRigLoader.Interleaving.Cases;

namespace FlyRigLoader.Interleaving.Execution;

/// <summary>
/// A live benchmark object of one build for one case, set up as BenchmarkDotNet would: parameters assigned, the
/// <c>[GlobalSetup]</c> for this method run once, <c>[IterationSetup]</c>/<c>[IterationCleanup]</c> around every batch.
/// </summary>
public sealed class CaseInstance : IDisposable
{
    private readonly object _instance;
    private readonly Action<long> _invoke;
    private readonly MethodInfo? _iterationSetup;
    private readonly MethodInfo? _iterationCleanup;
    private readonly MethodInfo? _globalCleanup;
    private bool _disposed;

    private CaseInstance(BenchmarkCase benchmarkCase)
    {
        Case = benchmarkCase;
        _instance = Activator.CreateInstance(benchmarkCase.Type)
            ?? throw new InterleavingException(benchmarkCase.FullName, "the benchmark class could not be created");
        foreach (var parameter in benchmarkCase.Parameters)
        {
            parameter.Assign(_instance);
        }

        _invoke = Compile(_instance, benchmarkCase.Method);
        _iterationSetup = Hook(benchmarkCase, "IterationSetupAttribute");
        _iterationCleanup = Hook(benchmarkCase, "IterationCleanupAttribute");
        _globalCleanup = Hook(benchmarkCase, "GlobalCleanupAttribute");
    }

    /// <summary>The case this instance runs.</summary>
    public BenchmarkCase Case { get; }

    /// <summary>Creates the instance and runs its global setup.</summary>
    public static CaseInstance Start(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var created = new CaseInstance(benchmarkCase);
        Hook(benchmarkCase, "GlobalSetupAttribute")?.Invoke(created._instance, null);
        return created;
    }

    /// <summary>Runs <paramref name="operations"/> invocations; iteration hooks run outside, see <see cref="BeforeBatch"/>.</summary>
    public void Invoke(long operations) => _invoke(operations);

    /// <summary>The <c>[IterationSetup]</c>, if any (not timed).</summary>
    public void BeforeBatch() => _iterationSetup?.Invoke(_instance, null);

    /// <summary>The <c>[IterationCleanup]</c>, if any (not timed).</summary>
    public void AfterBatch() => _iterationCleanup?.Invoke(_instance, null);

    /// <summary>Runs the global cleanup once.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _globalCleanup?.Invoke(_instance, null);
        }
    }

    // BenchmarkDotNet's rule: a hook targeting this method wins over an untargeted one.
    private static MethodInfo? Hook(BenchmarkCase benchmarkCase, string attribute)
    {
        var hooks = benchmarkCase.Type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => (Method: m, Data: CaseDiscovery.Attribute(m, attribute)))
            .Where(h => h.Data is not null)
            .Select(h => (h.Method, Targets: Targets(h.Data!)))
            .ToList();
        return hooks.FirstOrDefault(h => h.Targets.Contains(benchmarkCase.Method.Name)).Method
            ?? hooks.FirstOrDefault(h => h.Targets.Count == 0).Method;
    }

    private static List<string> Targets(CustomAttributeData data) =>
        data.NamedArguments.Where(a => a.MemberName is "Target" or "Targets").SelectMany(a => a.TypedValue.Value switch
        {
            string one => one.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            IEnumerable<CustomAttributeTypedArgument> many => many.Select(v => (string)v.Value!),
            _ => [],
        }).ToList();

    // A compiled loop: one direct call per operation, the result handed to Sink.Consume<T> (no reflection, no boxing in the loop).
    private static Action<long> Compile(object instance, MethodInfo method)
    {
        var count = Expression.Parameter(typeof(long), "operations");
        var i = Expression.Variable(typeof(long), "i");
        var done = Expression.Label("done");
        Expression call = Expression.Call(Expression.Constant(instance, instance.GetType()), method);
        if (method.ReturnType != typeof(void))
        {
            call = Expression.Call(typeof(Sink).GetMethod(nameof(Sink.Consume))!.MakeGenericMethod(method.ReturnType), call);
        }

        var loop = Expression.Block(
            [i],
            Expression.Assign(i, Expression.Constant(0L)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, count),
                    Expression.Block(call, Expression.PreIncrementAssign(i)),
                    Expression.Break(done)),
                done));
        return Expression.Lambda<Action<long>>(loop, count).Compile();
    }
}
