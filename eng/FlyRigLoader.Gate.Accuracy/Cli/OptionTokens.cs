namespace FlyRigLoader.Gate.Accuracy.Cli;

/// <summary>
/// Reads <c>--name=value</c> and bare <c>--flag</c> arguments into the name → values map the gate's
/// <see cref="Options.OptionParser"/> validates, so GateAccuracy's options are checked by the same parser whether they
/// come through Cake or straight to this tool (pure).
/// </summary>
internal static class OptionTokens
{
    /// <summary>The map, or the first argument that is not an option.</summary>
    public static (IReadOnlyDictionary<string, IReadOnlyList<string>>? Options, string? Error) Read(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var arg in args)
        {
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                return (null, $"unexpected argument '{arg}'; options are written --name=value");
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = eq < 0 ? (arg[2..], string.Empty) : (arg[2..eq], arg[(eq + 1)..]);
            (values.TryGetValue(name, out var list) ? list : values[name] = []).Add(value);
        }

        return (values.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.OrdinalIgnoreCase), null);
    }
}
