namespace FlyRigLoader.Configuration;

/// <summary>Stable <see cref="Errors.FlyRigLoaderException.Code"/> values raised by the configuration layer.</summary>
public static class ConfigErrorCodes
{
    /// <summary>The config parsed but breaks the schema; the message lists every problem.</summary>
    public const string Invalid = "CONFIG_INVALID";

    /// <summary>The file is not well-formed YAML.</summary>
    public const string YamlSyntax = "CONFIG_YAML_SYNTAX";

    /// <summary>
    /// Aliases would expand the YAML past the bound for the file's size (<c>&lt;&lt;</c> merge keys included), or an
    /// alias names a node that contains it; the location is the alias.
    /// </summary>
    public const string AliasExpansion = "CONFIG_ALIAS_EXPANSION";

    /// <summary>The config file is larger than <see cref="ConfigLoader.MaxFileBytes"/>; refused before it is read.</summary>
    public const string TooLarge = "CONFIG_TOO_LARGE";

    /// <summary>The config file does not exist or cannot be read.</summary>
    public const string FileNotFound = "CONFIG_FILE_NOT_FOUND";

    /// <summary>The config path is not a local file path (for example a URL).</summary>
    public const string PathRejected = "CONFIG_PATH_REJECTED";

    /// <summary>A dataset name is not defined in the config.</summary>
    public const string UnknownDataset = "CONFIG_UNKNOWN_DATASET";

    /// <summary>An experiment name is not defined in the config.</summary>
    public const string UnknownExperiment = "CONFIG_UNKNOWN_EXPERIMENT";

    /// <summary>No base data directory from the argument, the config or <c>FLYRIGLOADER_DATA_DIR</c>.</summary>
    public const string NoBaseDirectory = "CONFIG_NO_BASE_DIRECTORY";
}
