using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Charts;


namespace FlyRigLoader.Charts;

/// <summary>
/// Draws every chart of a spec file into an output folder as <c>&lt;id&gt;.svg</c> and <c>&lt;id&gt;.png</c>.
/// Exit 0 when all were drawn; 2 with one line naming the spec file (and chart) on stderr otherwise.
/// </summary>
public static class RenderCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count != 2)
        {
            error.WriteLine("usage: FlyRigLoader.Charts <chart-specs.json> <output-folder>");
            return GateInputException.ExitCode;
        }

        var (specPath, folder) = (args[0], args[1]);
        IReadOnlyList<ChartSpec> specs;
        try
        {
            specs = ChartSpecFile.Read(specPath);
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return GateInputException.ExitCode;
        }

        Directory.CreateDirectory(folder);
        foreach (var spec in specs)
        {
            try
            {
                var (svg, png) = ChartDrawing.Render(spec);
                WriteAtomically(Path.Combine(folder, spec.Id + ".svg"), System.Text.Encoding.UTF8.GetBytes(svg));
                WriteAtomically(Path.Combine(folder, spec.Id + ".png"), png);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // ScottPlot and SkiaSharp throw many types (including native-load failures); each is a failed chart.
                error.WriteLine($"error: {specPath}: chart '{spec.Id}' failed to render: {e.GetType().Name}: {e.Message}");
                return GateInputException.ExitCode;
            }
        }

        output.WriteLine($"rendered {specs.Count} chart(s) into {folder}");
        return ExitCodes.Ok;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = AtomicFile.TempSibling(path);
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
