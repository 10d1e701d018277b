namespace FlyRigLoader.Gate.Cli;

/// <summary>Dispatches the standalone gate commands (e.g. <c>check-regression</c>) so other projects can use the gate without Cake.</summary>
public static class GateCommand
{
    /// <summary>Runs one command and returns its exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            output.WriteLine("usage: FlyRigLoader.Gate <command> [options]\ncommands: (none yet)");
            return args.Count == 0 ? 2 : 0;
        }

        error.WriteLine($"unknown command '{args[0]}'; valid commands: (none yet)");
        return 2;
    }
}
