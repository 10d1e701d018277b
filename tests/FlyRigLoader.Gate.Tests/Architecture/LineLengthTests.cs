using System.Globalization;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Architecture;

/// <summary>The <c>max_line_length</c> that .editorconfig declares for C# holds in eng/ and src/: no analyzer keeps it.</summary>
public sealed class LineLengthTests
{
    [Fact]
    public void No_line_under_eng_or_src_is_longer_than_editorconfig_declares()
    {
        var limit = DeclaredLimit(File.ReadAllText(Path.Combine(RepoRoot.Path, ".editorconfig")));
        var files = new[] { "eng", "src" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, top), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Replace('\\', '/').Contains("/obj/", StringComparison.Ordinal))
            .ToList();

        var over = files
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (File: Path.GetRelativePath(RepoRoot.Path, p), Line: i + 1, line.Length)))
            .Where(l => l.Length > limit)
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.File}:{l.Line} ({l.Length} characters)"))
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(over.Count == 0, string.Create(CultureInfo.InvariantCulture, $"lines over max_line_length = {limit}:\n{string.Join("\n", over)}"));
    }

    [Fact]
    public void The_limit_is_the_one_of_the_cs_section_and_a_missing_one_is_an_error()
    {
        Assert.Equal(120, DeclaredLimit("[*]\nmax_line_length = 80\n\n[*.cs]\nindent_size = 4\nmax_line_length = 120\n\n[*.md]\nmax_line_length = 60\n"));
        Assert.Throws<InvalidOperationException>(() => DeclaredLimit("[*]\nmax_line_length = 80\n\n[*.cs]\nindent_size = 4\n"));
    }

    /// <summary>The <c>max_line_length</c> of the <c>[*.cs]</c> section of <paramref name="editorconfig"/>.</summary>
    private static int DeclaredLimit(string editorconfig)
    {
        var inCs = false;
        foreach (var raw in editorconfig.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inCs = line == "[*.cs]";
            }
            else if (inCs && line.Split('=', 2) is [var key, var value] && key.Trim() == "max_line_length")
            {
                return int.Parse(value.Trim(), CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException(".editorconfig declares no max_line_length for [*.cs]");
    }
}
