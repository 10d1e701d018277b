namespace FlyRigLoader.Gate.Options;

/// <summary>How an option's value is read and checked.</summary>
internal enum OptionKind
{
    /// <summary>Present or absent; <c>--flag</c>, <c>--flag=true</c> or <c>--flag=false</c>.</summary>
    Flag,

    /// <summary>One value from a closed list (case-insensitive).</summary>
    Choice,

    /// <summary>Values from a closed list, repeatable or comma-separated.</summary>
    MultiChoice,

    /// <summary>A positive integer.</summary>
    PositiveInteger,

    /// <summary>A decimal number, read with the invariant culture.</summary>
    Number,

    /// <summary>Seconds, or category=seconds pairs (<see cref="CategoryTimeouts"/>).</summary>
    CategorySeconds,

    /// <summary>Free text (a path, a glob, a git ref); only emptiness is refused.</summary>
    Text,
}
