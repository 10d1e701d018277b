namespace FlyRigLoader.Charts;

/// <summary>Entry point: <c>FlyRigLoader.Charts &lt;spec.json&gt; &lt;output-folder&gt;</c> (see <see cref="RenderCommand"/>).</summary>
internal static class Program
{
    private static int Main(string[] args) => RenderCommand.Run(args, Console.Out, Console.Error);
}
