using System.Globalization;
using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.CommandLine;

namespace FlyRigLoader.Gate.Accuracy.Cli;

/// <summary>
/// <c>flavour --root=&lt;repo&gt; --target-benchmark=&lt;glob&gt; [--factor=1.25] [--extra-bytes=N] [--name=N]</c>: builds (or
/// reuses) one accuracy flavour and prints its suite dll, e.g. for <c>./build.sh --target=Benchmarks --suite-dll=&lt;dll&gt;</c>
/// to see by hand what a GateAccuracy trial measured. Exit 0, or 2 on bad input or a failed build.
/// </summary>
internal static class FlavourCommand
{
    /// <summary>The command name.</summary>
    public const string Name = "flavour";

    /// <summary>Usage text.</summary>
    public const string Usage = "usage: flavour --root=<repository> --target-benchmark=<full-name glob> [--factor=1.25] [--extra-bytes=0] [--name=manual]";

    private static readonly string[] Known = ["root", "target-benchmark", "factor", "extra-bytes", "name"];

    /// <summary>Runs the command with the arguments after its name.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (tokens, problem) = OptionTokens.Read(args);
        string? Value(string name) => tokens is null ? null : OptionTokens.Last(tokens, name);
        var unknown = tokens?.Keys.FirstOrDefault(k => !Known.Contains(k, StringComparer.Ordinal));
        var factor = Value("factor") is { } f ? (double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN) : 1.25;
        var bytes = Value("extra-bytes") is { } b ? (int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1) : 0;
        var root = Value("root");
        if (tokens is null || unknown is not null || root is null || Value("target-benchmark") is not { } target)
        {
            error.WriteLine("error: " + (problem ?? (unknown is not null ? OptionErrors.Unknown(unknown, Known) : "--root and --target-benchmark are required")));
            error.WriteLine(Usage);
            return ExitCodes.Error;
        }

        try
        {
            var flavour = FlavourBuilder.Ensure(
                Path.GetFullPath(root), FlavourBuilder.Folder(Path.Combine(Path.GetFullPath(root), "artifacts")), Value("name") ?? "manual", new InjectionSpec(target, factor, bytes), error);
            output.WriteLine(flavour.Dll);
            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Error;
        }
    }
}
