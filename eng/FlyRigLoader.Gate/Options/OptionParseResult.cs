using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Options;

/// <summary>Either valid options or every problem found with the arguments.</summary>
public sealed record OptionParseResult(BuildOptions? Options, IReadOnlyList<string> Errors)
{
    /// <summary>One line per suite-guide flag used: what it was mapped to, or why it changes nothing.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>True when the arguments were all valid.</summary>
    public bool IsValid => Options is not null && Errors.Count == 0;

    /// <summary>Exit code for invalid input, shared by every target.</summary>
    public const int InvalidInputExitCode = ExitCodes.Error;
}
