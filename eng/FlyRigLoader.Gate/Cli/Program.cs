namespace FlyRigLoader.Gate.Cli;

/// <summary>Command-line entry of the gate for use outside Cake (see <see cref="GateCommand"/>).</summary>
internal static class Program
{
    private static int Main(string[] args) => GateCommand.Run(args, Console.Out, Console.Error);
}
