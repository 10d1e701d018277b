namespace FlyRigLoader.Gate.Accuracy.Cli;

/// <summary>Command-line entry of the accuracy replay tool (see <see cref="AccuracyCommand"/>).</summary>
internal static class Program
{
    private static int Main(string[] args) => AccuracyCommand.Run(args, Console.Out, Console.Error);
}
