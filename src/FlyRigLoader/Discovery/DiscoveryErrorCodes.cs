namespace FlyRigLoader.Discovery;

/// <summary>Stable codes of <see cref="Errors.DiscoveryException"/> and <see cref="DiscoveryWarning"/>.</summary>
public static class DiscoveryErrorCodes
{
    /// <summary>A directory to search does not exist (error).</summary>
    public const string DirectoryNotFound = "DISCOVERY_DIRECTORY_NOT_FOUND";

    /// <summary>A path to search is a file, not a directory (error).</summary>
    public const string NotADirectory = "DISCOVERY_NOT_A_DIRECTORY";

    /// <summary>The file-name pattern (glob) is empty, absolute, contains <c>..</c> or is too deep (error).</summary>
    public const string InvalidGlob = "DISCOVERY_INVALID_GLOB";

    /// <summary>An extraction pattern is not a valid regular expression or has a malformed target prefix (error).</summary>
    public const string InvalidRegex = "DISCOVERY_INVALID_REGEX";

    /// <summary>The request itself is malformed, e.g. no directories (error).</summary>
    public const string InvalidRequest = "DISCOVERY_INVALID_REQUEST";

    /// <summary>A directory could not be read (permissions, I/O error); its content was skipped (warning).</summary>
    public const string UnreadableDirectory = "DISCOVERY_UNREADABLE_DIRECTORY";

    /// <summary>A file or directory disappeared while discovery ran; it was skipped (warning).</summary>
    public const string Vanished = "DISCOVERY_VANISHED";

    /// <summary>A name is not valid UTF-8, so no .NET string can open it; it was skipped (warning).</summary>
    public const string UndecodableName = "DISCOVERY_UNDECODABLE_NAME";

    /// <summary>A symbolic link to a directory was not descended into (warning).</summary>
    public const string SymlinkNotFollowed = "DISCOVERY_SYMLINK_NOT_FOLLOWED";

    /// <summary>A symbolic link whose target does not exist; it was skipped (warning, only seen with stats on).</summary>
    public const string BrokenSymlink = "DISCOVERY_BROKEN_SYMLINK";

    /// <summary>An extraction pattern ran past its time budget on one file; that pattern was skipped there (warning).</summary>
    public const string RegexTimeout = "DISCOVERY_REGEX_TIMEOUT";

    /// <summary>No date folder of a dataset or experiment exists under the base directory (warning).</summary>
    public const string NoDateFolders = "DISCOVERY_NO_DATE_FOLDERS";

    /// <summary>An experiment lists a dataset the config does not define; it was skipped (warning).</summary>
    public const string UnknownDataset = "DISCOVERY_UNKNOWN_DATASET";

    /// <summary>A <c>dates_vials</c> key is not a date, so it cannot name a date folder; it was skipped (warning).</summary>
    public const string InvalidDateFolder = "DISCOVERY_INVALID_DATE_FOLDER";
}
