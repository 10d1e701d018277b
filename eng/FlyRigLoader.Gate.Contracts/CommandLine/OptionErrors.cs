namespace FlyRigLoader.Gate.Contracts.CommandLine;

/// <summary>
/// The wording every executable of the gate uses for a bad command line (pure; the caller prints and exits
/// <see cref="ExitCodes.Error"/>): an unknown option names it and lists the valid ones, a bad value names the option and
/// the value and, for a choice, lists the valid choices.
/// </summary>
public static class OptionErrors
{
    /// <summary><c>unknown option --x; valid options: --a, --b</c>.</summary>
    public static string Unknown(string name, IEnumerable<string> valid) =>
        $"unknown option --{name}; valid options: {string.Join(", ", valid.Select(o => "--" + o))}";

    /// <summary><c>--x needs a value</c>.</summary>
    public static string NeedsValue(string name) => $"--{name} needs a value";

    /// <summary><c>--x=value problem</c>, with <c>; valid choices: a, b</c> when the option is a choice.</summary>
    public static string BadValue(string name, string value, string problem, IEnumerable<string>? choices = null) =>
        $"--{name}={value} {problem}" + (choices is null ? string.Empty : "; valid choices: " + string.Join(", ", choices));

    /// <summary><c>unexpected argument 'x'; options are written --name=value</c>.</summary>
    public static string Unexpected(string argument) => $"unexpected argument '{argument}'; options are written --name=value";

    /// <summary>
    /// Every problem of <paramref name="options"/> for a command knowing <paramref name="valueOptions"/> (each needs a
    /// non-empty value) and <paramref name="flagOptions"/> (bare, <c>true</c> or <c>false</c>); names compare exactly.
    /// </summary>
    public static IReadOnlyList<string> Check(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(valueOptions);
        ArgumentNullException.ThrowIfNull(flagOptions);
        var problems = new List<string>();
        foreach (var (name, given) in options)
        {
            if (valueOptions.Contains(name, StringComparer.Ordinal))
            {
                problems.AddRange(given.Where(string.IsNullOrWhiteSpace).Take(1).Select(_ => NeedsValue(name)));
            }
            else if (flagOptions.Contains(name, StringComparer.Ordinal))
            {
                problems.AddRange(given.Where(v => v.Length > 0 && !bool.TryParse(v, out _)).Take(1)
                    .Select(v => BadValue(name, v, "expects no value, true or false")));
            }
            else
            {
                problems.Add(Unknown(name, valueOptions.Concat(flagOptions)));
            }
        }

        return problems;
    }
}
