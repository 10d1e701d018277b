using System.Globalization;
using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Accuracy.Flavours;

/// <summary>What an accuracy flavour does to its one target benchmark method.</summary>
/// <param name="TargetGlob">Glob on <c>Namespace.Type.Method</c> that must match exactly one <c>[Benchmark]</c> method.</param>
/// <param name="Factor">Slowdown: the method takes this many times its normal time (1 = unchanged).</param>
/// <param name="ExtraBytes">Bytes of an extra array allocated per operation (0 = none).</param>
internal sealed record InjectionSpec(string TargetGlob, double Factor, int ExtraBytes)
{
    /// <summary>No change at all: a second, separately built copy of the shipped suite (the A side's twin in an A/A).</summary>
    public bool IsIdentity => Factor == 1.0 && ExtraBytes == 0;

    /// <summary>Checks the values (the glob is checked against the sources by the rewrite).</summary>
    /// <exception cref="GateInputException">A factor below 1 or not finite, negative bytes, or an empty glob.</exception>
    public InjectionSpec Validated()
    {
        if (!IsIdentity && string.IsNullOrWhiteSpace(TargetGlob))
        {
            throw new GateInputException("--target-benchmark", "the target benchmark glob is empty");
        }

        if (!double.IsFinite(Factor) || Factor < 1.0)
        {
            throw new GateInputException("--target-benchmark", string.Create(CultureInfo.InvariantCulture, $"slowdown factor {Factor} must be a finite number >= 1"));
        }

        return ExtraBytes < 0 ? throw new GateInputException("--target-benchmark", "extra bytes per operation must be >= 0") : this;
    }

    /// <summary>A short text for names and logs, e.g. <c>x1.25</c>, <c>+1024B</c>, <c>identity</c>.</summary>
    public string Describe() =>
        IsIdentity ? "identity"
        : string.Join(' ', new[]
        {
            Factor > 1.0 ? string.Create(CultureInfo.InvariantCulture, $"x{Factor:0.###}") : null,
            ExtraBytes > 0 ? string.Create(CultureInfo.InvariantCulture, $"+{ExtraBytes}B") : null,
        }.OfType<string>());
}
