namespace FlyRigLoader.Gate.Contracts.CommandLine;

/// <summary>
/// The one tokenizer of the gate's executables (pure): <c>--name=value</c> and bare <c>--flag</c> arguments become a
/// name → values map (names without case, values in order); <see cref="OptionErrors"/> then checks the map against what a
/// command knows, so every command words its errors the same.
/// </summary>
public static class OptionTokens
{
    /// <summary>
    /// The map, or the first argument that is not an option. An option named in <paramref name="spaced"/> also takes its
    /// value from the next argument (<c>--name value</c>), as the executables whose usage was always written so; with
    /// <paramref name="spaced"/> given, any other bare option followed by a non-option takes that argument as its value.
    /// </summary>
    public static (IReadOnlyDictionary<string, IReadOnlyList<string>>? Options, string? Error) Read(IEnumerable<string> args, IReadOnlyCollection<string>? spaced = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                return (null, OptionErrors.Unexpected(arg));
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = eq < 0 ? (arg[2..], string.Empty) : (arg[2..eq], arg[(eq + 1)..]);
            // Where values are written spaced, a bare option followed by a non-option takes it too, so an unknown option is
            // reported by its name rather than its value as an unexpected argument.
            if (eq < 0 && spaced is not null && i + 1 < list.Count
                && (spaced.Contains(name, StringComparer.Ordinal) || !list[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                value = list[++i];
            }

            (values.TryGetValue(name, out var given) ? given : values[name] = []).Add(value);
        }

        return (values.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.OrdinalIgnoreCase), null);
    }

    /// <summary>The last value given for <paramref name="name"/>, or null when it was not given.</summary>
    public static string? Last(IReadOnlyDictionary<string, IReadOnlyList<string>> options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.TryGetValue(name, out var given) && given.Count > 0 ? given[^1] : null;
    }

    /// <summary>True when the flag was given, bare or with any value but <c>false</c>.</summary>
    public static bool Flag(IReadOnlyDictionary<string, IReadOnlyList<string>> options, string name) =>
        Last(options, name) is { } value && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
}
