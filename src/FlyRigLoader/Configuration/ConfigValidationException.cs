using FlyRigLoader.Errors;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A config that breaks the schema (<see cref="ConfigErrorCodes.Invalid"/>). The message lists every problem, one per
/// line, each as <c>file:line:column path: message</c>; <see cref="Problems"/> holds them as data.
/// </summary>
public sealed class ConfigValidationException : ConfigException
{
    /// <summary>Creates the error for <paramref name="problems"/> found in <paramref name="sourceName"/>.</summary>
    public ConfigValidationException(string sourceName, IReadOnlyList<ConfigProblem> problems)
        : base(ConfigErrorCodes.Invalid, Describe(problems), sourceName, "fix every problem listed; each line starts with file:line:column")
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ConfigProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ConfigProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? "invalid config, 1 problem:" : $"invalid config, {problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} problems:";
        return header + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
