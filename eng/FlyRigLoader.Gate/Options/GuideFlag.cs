namespace FlyRigLoader.Gate.Options;

/// <summary>
/// A flag of the suite guide's <c>run_benchmarks.py</c> that has no option of its own here: accepted, validated like any
/// option, and either mapped onto this build's options or explained, always with one printed line.
/// </summary>
/// <param name="Name">The guide's flag name without dashes.</param>
/// <param name="Kind">How its value is checked (most are flags).</param>
/// <param name="Notice">The line printed when it is used: what it maps to or does, or why it changes nothing.</param>
/// <param name="Apply">Its effect on the options (given the value); explicit options of this build win where they overlap.</param>
internal sealed record GuideFlag(string Name, OptionKind Kind, string Notice, Func<BuildOptions, string, BuildOptions> Apply)
{
    /// <summary>The shape shown in errors.</summary>
    public string Usage => Kind == OptionKind.Flag ? $"--{Name}" : $"--{Name}=<value>";
}
