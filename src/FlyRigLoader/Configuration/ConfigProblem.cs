using System.Globalization;

namespace FlyRigLoader.Configuration;

/// <summary>
/// One thing wrong with a config: where it is (file, 1-based line and column when the config came from YAML),
/// the dotted path of the offending node, what is wrong and what to do about it.
/// </summary>
/// <param name="File">The config's source name (file path, or a label such as <c>&lt;model&gt;</c>).</param>
/// <param name="Line">1-based line, or null when the config was built in code.</param>
/// <param name="Column">1-based column, or null when the config was built in code.</param>
/// <param name="Path">Dotted path of the node, e.g. <c>datasets.plume.rig</c>; empty for the document root.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it, when there is something useful to say.</param>
public sealed record ConfigProblem(string File, int? Line, int? Column, string Path, string Message, string? Hint)
{
    /// <summary>The problem as one line: <c>config.yaml:14:7 datasets.plume.rig: must match ^[a-zA-Z0-9_-]+$ (hint: …)</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}:{Column ?? 1}")
            : File;
        var path = Path.Length == 0 ? "(root)" : Path;
        return Hint is null ? $"{where} {path}: {Message}" : $"{where} {path}: {Message} (hint: {Hint})";
    }
}
