using System.Globalization;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>One rule of <c>FLYRIG_BENCH_INJECT</c>: benchmarks whose method name matches <paramref name="Glob"/> take <paramref name="Factor"/>× their normal time.</summary>
/// <param name="Glob">Glob on the method name, <c>Type.Method</c> or <c>Namespace.Type.Method</c>.</param>
/// <param name="Factor">Slow-down factor, at least 1.</param>
public sealed record InjectionRule(string Glob, double Factor)
{
    /// <summary>
    /// Parses <c>glob=factor[;glob=factor…]</c>. Null or blank gives no rules. Throws <see cref="FormatException"/> naming
    /// the variable and the bad part, because a silently ignored injection would make an accuracy trial pass for the wrong reason.
    /// </summary>
    public static IReadOnlyList<InjectionRule> ParseAll(string? spec, string variable = BenchmarkEnvironment.InjectVariable)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return [];
        }

        var rules = new List<InjectionRule>();
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.LastIndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new FormatException($"{variable}: '{part}' is not <method-name-glob>=<factor>");
            }

            var factorText = part[(eq + 1)..].Trim();
            if (!double.TryParse(factorText, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || !double.IsFinite(factor) || factor < 1.0)
            {
                throw new FormatException($"{variable}: factor '{factorText}' in '{part}' must be a number >= 1 (invariant culture, e.g. 1.25)");
            }

            rules.Add(new InjectionRule(part[..eq].Trim(), factor));
        }

        return rules;
    }

    /// <summary>The factor for a benchmark method (1 when no rule matches; the first matching rule wins).</summary>
    public static double FactorFor(IReadOnlyList<InjectionRule> rules, Type benchmarkType, string methodName)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(benchmarkType);
        var typeMethod = $"{benchmarkType.Name}.{methodName}";
        var fullMethod = $"{benchmarkType.FullName}.{methodName}";
        foreach (var rule in rules)
        {
            if (Infrastructure.Glob.IsMatch(rule.Glob, methodName) || Infrastructure.Glob.IsMatch(rule.Glob, typeMethod) || Infrastructure.Glob.IsMatch(rule.Glob, fullMethod))
            {
                return rule.Factor;
            }
        }

        return 1.0;
    }
}
