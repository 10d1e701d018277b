using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Charts;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>
/// Runs the renderer process (<c>eng/FlyRigLoader.Charts</c>) on a spec file: SkiaSharp's native library cannot load in
/// Cake's script host, where the gate runs, so drawing happens in a child process.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>The PNG signature every rendered PNG must start with.</summary>
    public static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Writes <paramref name="specs"/> to <c>&lt;staging&gt;/chart-specs.json</c>, runs <paramref name="command"/> (file + leading
    /// arguments) with the spec file and <paramref name="staging"/>, and collects the SVG and PNG of every chart.
    /// </summary>
    public static ChartRenderResult Render(IReadOnlyList<ChartSpec> specs, IReadOnlyList<string> command, string staging, string workingDirectory, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(staging);
        if (specs.Count == 0)
        {
            return new ChartRenderResult(new Dictionary<string, string>(), new Dictionary<string, string>(), null);
        }

        Directory.CreateDirectory(staging);
        var specPath = Path.Combine(staging, "chart-specs.json");
        AtomicFile.WriteAllText(specPath, ChartSpecFile.Serialize(specs));
        var outcome = ChildProcess.Capture(new CommandLine(command[0], [.. command.Skip(1), specPath, staging], workingDirectory), timeout);
        if (outcome.ExitCode != 0)
        {
            var message = outcome.StandardError.Trim();
            return ChartRenderResult.Failed(message.Length > 0 ? message : $"chart renderer '{string.Join(' ', command)}' exited with {outcome.ExitCode}");
        }

        var svgs = new Dictionary<string, string>(StringComparer.Ordinal);
        var pngs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var svg = Path.Combine(staging, spec.Id + ".svg");
            var png = Path.Combine(staging, spec.Id + ".png");
            if (!File.Exists(svg) || !File.Exists(png) || !StartsWithPngMagic(png))
            {
                return ChartRenderResult.Failed($"{specPath}: chart '{spec.Id}': the renderer reported success but its SVG or PNG is missing or not a PNG");
            }

            svgs[spec.Id] = File.ReadAllText(svg);
            pngs[spec.Id] = png;
        }

        return new ChartRenderResult(svgs, pngs, null);
    }

    /// <summary>True when the file begins with the PNG signature.</summary>
    public static bool StartsWithPngMagic(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[8];
        return stream.ReadAtLeast(head, 8, throwOnEndOfStream: false) == 8 && head.SequenceEqual(PngMagic);
    }
}
