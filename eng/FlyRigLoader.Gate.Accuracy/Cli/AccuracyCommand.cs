using FlyRigLoader.Gate.Contracts;

namespace FlyRigLoader.Gate.Accuracy;

/// <summary>Dispatches the accuracy tool's one command, <c>replay-accuracy</c>, with the same arguments it took as a gate command.</summary>
internal static class AccuracyCommand
{
    /// <summary>Runs the command and returns its exit code (0, or 2 on invalid input).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            output.WriteLine($"usage: FlyRigLoader.Gate.Accuracy {ReplayAccuracyCommand.Name} [options]\n{ReplayAccuracyCommand.Usage}");
            return args.Count == 0 ? GateInputException.ExitCode : 0;
        }

        if (args[0] == ReplayAccuracyCommand.Name)
        {
            return ReplayAccuracyCommand.Run(args.Skip(1).ToList(), output, error);
        }

        error.WriteLine($"unknown command '{args[0]}'; valid commands: {ReplayAccuracyCommand.Name}");
        return GateInputException.ExitCode;
    }
}
