using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Cli;

/// <summary>Dispatches the standalone gate commands (e.g. <c>check-regression</c>) so other projects can use the gate without Cake.</summary>
public static class GateCommand
{
    private static readonly string[] Commands = [CheckRegressionCommand.Name];

    /// <summary>Runs one command and returns its exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            output.WriteLine($"usage: FlyRigLoader.Gate <command> [options]\ncommands: {string.Join(", ", Commands)}\n{CheckRegressionCommand.Usage}");
            return args.Count == 0 ? ExitCodes.Error : ExitCodes.Ok;
        }

        if (args[0] == CheckRegressionCommand.Name)
        {
            return CheckRegressionCommand.Run(args.Skip(1).ToList(), output, error);
        }

        error.WriteLine($"unknown command '{args[0]}'; valid commands: {string.Join(", ", Commands)}");
        return ExitCodes.Error;
    }
}
