namespace FlyRigLoader.Gate;

/// <summary>Command-line entry of the gate for use outside Cake (see <see cref="Cli.GateCommand"/>).</summary>
internal static class Program
{
    private static int Main(string[] args) => Cli.GateCommand.Run(args, Console.Out, Console.Error);
}
