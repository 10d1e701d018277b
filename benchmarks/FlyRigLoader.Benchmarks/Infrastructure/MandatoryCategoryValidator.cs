using BenchmarkDotNet.Validators;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// Rejects (critically) a benchmark that carries none of the five main categories, or whose main category
/// disagrees with its namespace: the gate groups SLAs and reports by category, so an uncategorized benchmark would be invisible to it.
/// </summary>
internal sealed class MandatoryCategoryValidator : IValidator
{
    /// <summary>The shared instance.</summary>
    public static readonly MandatoryCategoryValidator Instance = new();

    /// <inheritdoc />
    public bool TreatsWarningsAsErrors => true;

    /// <inheritdoc />
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        return validationParameters.Benchmarks
            .Select(benchmark => (benchmark, problem: Problem(benchmark.Descriptor.Type.Namespace, benchmark.Descriptor.Categories)))
            .Where(pair => pair.problem is not null)
            .Select(pair => new ValidationError(true, $"{pair.benchmark.Descriptor.DisplayInfo}: {pair.problem}", pair.benchmark));
    }

    /// <summary>What is wrong with a benchmark in <paramref name="benchmarkNamespace"/> carrying <paramref name="categories"/>; null when nothing is.</summary>
    public static string? Problem(string? benchmarkNamespace, IReadOnlyCollection<string> categories)
    {
        var main = categories.Where(Categories.Main.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (main.Count == 0)
        {
            return $"has no main category; add [BenchmarkCategory(Categories.X)] with one of {string.Join(", ", Categories.Main)}";
        }

        if (main.Count > 1)
        {
            return $"has several main categories ({string.Join(", ", main)}); keep exactly one";
        }

        var expected = Categories.ForNamespace(benchmarkNamespace);
        if (expected is null)
        {
            return $"lives in namespace '{benchmarkNamespace}', which is not a category namespace (FlyRigLoader.Benchmarks.DataLoading|Discovery|Transformation|Config|Memory)";
        }

        return expected == main[0] ? null : $"is in namespace '{benchmarkNamespace}' but carries category '{main[0]}' (expected '{expected}')";
    }
}
