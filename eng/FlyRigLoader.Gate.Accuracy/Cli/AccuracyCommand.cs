using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Accuracy.Cli;

/// <summary>Dispatches the accuracy tool's commands: <c>gate-accuracy</c>, <c>flavour</c>, <c>burn</c> and <c>replay-accuracy</c>.</summary>
internal static class AccuracyCommand
{
    private static readonly string[] Commands = [GateAccuracyCommand.Name, FlavourCommand.Name, BurnCommand.Name, ReplayAccuracyCommand.Name];

    /// <summary>Runs the command and returns its exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            output.WriteLine($"usage: FlyRigLoader.Gate.Accuracy <{string.Join('|', Commands)}> [options]");
            output.WriteLine(GateAccuracyCommand.Usage);
            output.WriteLine(FlavourCommand.Usage);
            output.WriteLine(ReplayAccuracyCommand.Usage);
            return args.Count == 0 ? ExitCodes.Error : ExitCodes.Ok;
        }

        var rest = args.Skip(1).ToList();
        switch (args[0])
        {
            case GateAccuracyCommand.Name: return GateAccuracyCommand.Run(rest, output, error);
            case FlavourCommand.Name: return FlavourCommand.Run(rest, output, error);
            case BurnCommand.Name: return BurnCommand.Run(rest, output, error);
            case ReplayAccuracyCommand.Name: return ReplayAccuracyCommand.Run(rest, output, error);
            default:
                error.WriteLine($"unknown command '{args[0]}'; valid commands: {string.Join(", ", Commands)}");
                return ExitCodes.Error;
        }
    }
}
