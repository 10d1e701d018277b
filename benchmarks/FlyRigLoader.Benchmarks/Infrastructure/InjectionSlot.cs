using System.Diagnostics;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// The regression-injection hook of one benchmark method, for the gate's accuracy trials only. Each benchmark holds one
/// slot in a static readonly field and wraps its work in <c>using var _ = slot.Begin();</c>. With factor f the slot
/// measures the work and then spin-waits (f − 1) × that duration, so the benchmark takes f× its normal time whatever
/// the machine's speed. With no matching rule (the normal case) Begin is one field read and End does nothing.
/// Accuracy is limited below ~1 µs per operation, where reading the clock costs as much as the work.
/// </summary>
public sealed class InjectionSlot
{
    private static readonly IReadOnlyList<InjectionRule> Rules =
        InjectionRule.ParseAll(Environment.GetEnvironmentVariable(BenchmarkEnvironment.InjectVariable));

    private static readonly IReadOnlyList<InjectionRule> AllocRules =
        InjectionRule.ParseAll(Environment.GetEnvironmentVariable(BenchmarkEnvironment.InjectAllocVariable), BenchmarkEnvironment.InjectAllocVariable);

    // Written on every injected allocation so the JIT cannot drop it.
    private static byte[]? _sink;

    private readonly double _extra;

    /// <summary>A slot with an explicit factor and extra allocation per operation (tests use this).</summary>
    public InjectionSlot(double factor, int extraBytes = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(extraBytes);
        Factor = factor;
        ExtraBytes = extraBytes;
        _extra = factor - 1.0;
    }

    /// <summary>Extra bytes allocated per operation (0 = none).</summary>
    public int ExtraBytes { get; }

    /// <summary>The slow-down factor (1 = no injection).</summary>
    public double Factor { get; }

    /// <summary>The slot for <paramref name="methodName"/> of <paramref name="benchmarkType"/>, from <c>FLYRIG_BENCH_INJECT</c>.</summary>
    public static InjectionSlot For(Type benchmarkType, string methodName) =>
        new(InjectionRule.FactorFor(Rules, benchmarkType, methodName), (int)InjectionRule.FactorFor(AllocRules, benchmarkType, methodName) is var b && b > 1 ? b : 0);

    /// <summary>Starts timing the work when this slot injects; dispose the scope after the work.</summary>
    public Scope Begin()
    {
        if (ExtraBytes > 0)
        {
            _sink = new byte[ExtraBytes];
        }

        return new(this, _extra > 0 ? Stopwatch.GetTimestamp() : 0);
    }

    /// <summary>The most recent injected allocation (keeps it observable).</summary>
    internal static byte[]? LastInjectedAllocation => _sink;

    private void End(long started)
    {
        if (started == 0)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        var until = now + (long)((now - started) * _extra);
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(20);
        }
    }

    /// <summary>The timed region of one invocation.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly InjectionSlot _slot;
        private readonly long _started;

        internal Scope(InjectionSlot slot, long started)
        {
            _slot = slot;
            _started = started;
        }

        /// <summary>Spins the injected extra time, if any.</summary>
        public void Dispose() => _slot?.End(_started);
    }
}
