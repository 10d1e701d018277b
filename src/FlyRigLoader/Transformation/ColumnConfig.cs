using FlyRigLoader.Errors;

namespace FlyRigLoader.Transformation;

/// <summary>
/// The column configuration (<c>column_config.yaml</c>): the ordered columns a DataFrame is built from, and the
/// <c>special_handlers</c> table. Immutable; build it with <see cref="Default"/>, <see cref="Load"/> or <see cref="Parse"/>.
/// </summary>
public sealed class ColumnConfig
{
    private const string DefaultResourceName = "FlyRigLoader.Transformation.column_config.yaml";

    private static readonly Lazy<ColumnConfig> DefaultConfig = new(LoadDefault);

    private readonly Dictionary<string, ColumnDefinition> _byName;

    /// <summary>Creates a config from column definitions; names must be unique.</summary>
    /// <param name="columns">The columns, in output order.</param>
    /// <param name="specialHandlers">Handler name → implementation name, as in the YAML <c>special_handlers</c> table.</param>
    /// <param name="sourceName">Where the config came from, used in error messages.</param>
    /// <param name="warnings">Non-fatal findings from validation.</param>
    public ColumnConfig(
        IEnumerable<ColumnDefinition> columns,
        IReadOnlyDictionary<string, string>? specialHandlers = null,
        string sourceName = "<code>",
        IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        SpecialHandlers = new Dictionary<string, string>(specialHandlers ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        SourceName = sourceName;
        Warnings = warnings ?? [];
        _byName = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            if (!_byName.TryAdd(column.Name, column))
            {
                throw new ArgumentException($"column '{column.Name}' is defined twice", nameof(columns));
            }
        }
    }

    /// <summary>The packaged default config (embedded in the assembly), parsed once.</summary>
    public static ColumnConfig Default => DefaultConfig.Value;

    /// <summary>The columns in output order.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    /// <summary>The <c>special_handlers</c> table (handler name → implementation name).</summary>
    public IReadOnlyDictionary<string, string> SpecialHandlers { get; }

    /// <summary>File name (or other label) the config was read from.</summary>
    public string SourceName { get; }

    /// <summary>Non-fatal findings: a dimension on a non-array type, the time handler without dimension 2, an unlisted handler.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The column named <paramref name="name"/>, or null.</summary>
    public ColumnDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Reads and validates a column config file.</summary>
    /// <exception cref="TransformException">The file is missing, unreadable or invalid (with line and column).</exception>
    public static ColumnConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TransformException(
                TransformErrorCodes.ConfigNotFound,
                $"cannot read column config: {ex.Message}",
                path,
                "pass the path of an existing column_config.yaml, or use ColumnConfig.Default",
                ex);
        }

        return Parse(yaml, path);
    }

    /// <summary>Parses and validates column config YAML; <paramref name="sourceName"/> labels error locations.</summary>
    /// <exception cref="TransformException">The YAML is malformed or breaks the schema (with line and column).</exception>
    public static ColumnConfig Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ColumnConfigParser.Parse(yaml, sourceName);
    }

    private static ColumnConfig LoadDefault()
    {
        using var stream = typeof(ColumnConfig).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResourceName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "embedded:column_config.yaml");
    }
}
