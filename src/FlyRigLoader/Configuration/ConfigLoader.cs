using System.Buffers;
using System.Globalization;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Configuration;

/// <summary>
/// Builds an <see cref="ExperimentConfig"/> from a YAML file, YAML text or a model built in code, validating it fully:
/// an invalid config throws <see cref="ConfigValidationException"/> listing every problem with its position.
/// </summary>
public static class ConfigLoader
{
    /// <summary>
    /// Largest config file read (16 MiB, five times the suite's 500-dataset config). Bigger files are refused with
    /// <see cref="ConfigErrorCodes.TooLarge"/> before they are read: a hostile file (20,000 nested block mappings is 400 MB
    /// of indentation) would otherwise cost its size three times over in memory before the parser could refuse it.
    /// </summary>
    public const long MaxFileBytes = 16L << 20;

    private static readonly string[] RejectedPrefixes = ["file://", "http://", "https://", "ftp://"];

    /// <summary>Loads and validates a YAML config file.</summary>
    /// <exception cref="ConfigException">
    /// <see cref="ConfigErrorCodes.FileNotFound"/>, <see cref="ConfigErrorCodes.PathRejected"/> (a URL),
    /// <see cref="ConfigErrorCodes.YamlSyntax"/>, <see cref="ConfigErrorCodes.AliasExpansion"/>, or <see cref="ConfigErrorCodes.Invalid"/> (a <see cref="ConfigValidationException"/>).
    /// </exception>
    public static ExperimentConfig LoadFile(string path)
    {
        using var text = ReadFile(path);
        return Load(text, path);
    }

    /// <summary>Loads and validates YAML text; <paramref name="sourceName"/> names it in error messages.</summary>
    public static ExperimentConfig LoadYaml(string yaml, string sourceName = "<yaml>")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var text = YamlText.Of(yaml);
        return Load(text, sourceName);
    }

    /// <summary>Loads and validates YAML from a reader; <paramref name="sourceName"/> names it in error messages.</summary>
    public static ExperimentConfig Load(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var text = YamlText.Of(reader.ReadToEnd());
        return Load(text, sourceName);
    }

    private static ExperimentConfig Load(YamlText text, string sourceName)
    {
        var (model, errors, warnings) = ReadAndCheck(text, sourceName);
        return errors.Count > 0
            ? throw new ConfigValidationException(sourceName, errors)
            : new ExperimentConfig(model, sourceName, warnings);
    }

    /// <summary>Validates a model built in code and wraps it; no YAML is involved.</summary>
    /// <exception cref="ConfigValidationException">The model breaks the schema (positions are null).</exception>
    public static ExperimentConfig FromModel(ProjectConfigModel model, string sourceName = "<model>")
    {
        ArgumentNullException.ThrowIfNull(model);
        var (errors, warnings) = ConfigValidator.Check(model);
        return errors.Count > 0
            ? throw new ConfigValidationException(sourceName, [.. errors.Select(p => p.ToProblem(sourceName, null))])
            : new ExperimentConfig(model, sourceName, [.. warnings.Select(p => p.ToProblem(sourceName, null))]);
    }

    internal static (ProjectConfigModel Model, List<ConfigProblem> Errors, List<ConfigProblem> Warnings) ReadAndCheck(YamlText text, string sourceName)
    {
        var read = ConfigYamlReader.Read(text, sourceName);
        var (semantic, warnings) = ConfigValidator.Check(read.Model);
        var errors = read.Problems;
        var positions = new YPositionIndex(read.Root);
        var room = Math.Max(0, read.MaxProblems - errors.Count);
        errors.AddRange(semantic.Take(room).Select(p => p.ToProblem(sourceName, positions)));
        var unlisted = read.Unlisted + Math.Max(0, semantic.Count - room);
        var listedWarnings = warnings.Take(read.MaxProblems).Select(p => p.ToProblem(sourceName, positions)).ToList();
        errors = ByPosition(errors);
        if (unlisted > 0)
        {
            errors.Add(ConfigProblemLimit.Unlisted(sourceName, unlisted, read.MaxProblems));
        }

        return (read.Model, errors, ByPosition(listedWarnings));
    }

    /// <summary>The whole file as text (the parsers need all of it anyway), with the error mapping every file entry point shares.</summary>
    internal static YamlText ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (RejectedPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConfigException(ConfigErrorCodes.PathRejected, "config path must be a local file, not a URL", path, "download the file and pass its local path");
        }

        try
        {
            return ReadBounded(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigException(ConfigErrorCodes.FileNotFound, "config file not found", path, "check the path (relative paths resolve against the working directory)", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(ConfigErrorCodes.FileNotFound, $"config file cannot be read: {ex.Message}", path, "check the file's permissions", ex);
        }
    }

    // The size is checked before anything is read, and the read stops one byte past the limit should the file grow.
    // The bytes, like the text (YamlText), live in a pooled buffer: a new one per load was a large-object allocation
    // whose fresh pages cost more than reading the file.
    private static YamlText ReadBounded(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (file.Length > MaxFileBytes)
        {
            throw TooLarge(path, file.Length);
        }

        var length = (int)file.Length;
        var bytes = length == 0 ? [] : ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = file.ReadAtLeast(bytes.AsSpan(0, length), length, throwOnEndOfStream: false);
            return read == length && file.ReadByte() < 0
                ? YamlText.Decode(bytes.AsSpan(0, length))
                : throw new IOException("the file changed size while it was read");
        }
        finally
        {
            if (length > 0)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    private static ConfigException TooLarge(string path, long length) =>
        new(
            ConfigErrorCodes.TooLarge,
            string.Create(CultureInfo.InvariantCulture, $"config file is {length:N0} bytes; files over {MaxFileBytes:N0} bytes are refused before they are read"),
            path,
            "an experiment config is kilobytes to a few MB (500 datasets × 60 dates is 3.2 MB); check that this is the config file");

    private static List<ConfigProblem> ByPosition(List<ConfigProblem> problems) =>
        [.. problems.OrderBy(p => p.Line ?? int.MaxValue).ThenBy(p => p.Column ?? int.MaxValue)];
}
