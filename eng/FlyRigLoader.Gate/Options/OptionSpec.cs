namespace FlyRigLoader.Gate.Options;

/// <summary>One command-line option the build accepts: its name, kind, allowed values and help text.</summary>
/// <param name="Name">Name without dashes, as Cake sees it (<c>smoke-test</c>).</param>
/// <param name="Kind">How the value is parsed.</param>
/// <param name="Description">One line for the README and <c>--help</c>-style errors.</param>
/// <param name="Choices">Allowed values for <see cref="OptionKind.Choice"/> and <see cref="OptionKind.MultiChoice"/>.</param>
internal sealed record OptionSpec(string Name, OptionKind Kind, string Description, IReadOnlyList<string>? Choices = null)
{
    /// <summary>The value shape shown in help, e.g. <c>--profile=default|smoke|large</c>.</summary>
    public string Usage => Kind switch
    {
        OptionKind.Flag => $"--{Name}",
        OptionKind.Choice or OptionKind.MultiChoice => $"--{Name}={string.Join('|', Choices ?? [])}",
        OptionKind.PositiveInteger => $"--{Name}=<n>",
        OptionKind.Number => $"--{Name}=<number>",
        OptionKind.CategorySeconds => $"--{Name}={CategoryTimeouts.Usage}",
        _ => $"--{Name}=<value>",
    };
}
