namespace FlyRigLoader.Gate.Commands;

/// <summary>A process to start: executable, arguments (unquoted, one per element) and working directory.</summary>
/// <param name="FileName">Executable name or path.</param>
/// <param name="Arguments">Arguments exactly as the process should receive them.</param>
/// <param name="WorkingDirectory">Directory to start in.</param>
public sealed record CommandLine(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>Environment variables set (or, with a null value, removed) for the child on top of the inherited ones.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>A copy-pasteable rendering for logs (POSIX-style quoting).</summary>
    public override string ToString() =>
        string.Join(' ', new[] { FileName }.Concat(Arguments).Select(Quote));

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./=:,+@%".Contains(c, StringComparison.Ordinal))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
