using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>What the build accepts: its targets (from build/*.cake) and options (KnownOptions + Cake-owned).</summary>
public static partial class BuildSurface
{
    /// <summary>
    /// Targets that contracts.md assigns to a target family whose file is still the placeholder on this branch.
    /// They count only while the file says "arrive with their issue"; once the family's branch is merged, the real
    /// Task(...) names are the only truth.
    /// </summary>
    private static readonly Dictionary<string, string[]> PendingFamilies = new(StringComparer.Ordinal)
    {
        ["benchmarks.cake"] = ["Benchmarks"],
        ["regression.cake"] = ["CheckRegression", "UpdateBaseline"],
    };

    public static IReadOnlySet<string> Targets(string buildFolder)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(buildFolder, "*.cake"))
        {
            var text = File.ReadAllText(file);
            names.UnionWith(TaskName().Matches(text).Select(m => m.Groups[1].Value));
            if (PendingFamilies.TryGetValue(Path.GetFileName(file), out var pending) && text.Contains("arrive with their issue", StringComparison.Ordinal) && !TaskName().IsMatch(text))
            {
                names.UnionWith(pending);
            }
        }

        return names;
    }

    public static IReadOnlySet<string> RepoTargets => Targets(Path.Combine(RepoRoot.Path, "build"));

    /// <summary>Problems with one call: unknown target, unknown option, or a literal value the option parser refuses.</summary>
    public static IEnumerable<string> Problems(BuildCall call, IReadOnlySet<string> targets)
    {
        if (call.Target is not { } target)
        {
            yield return $"{call}: ./build.sh without --target";
        }
        else if (!target.Contains('$', StringComparison.Ordinal) && !targets.Contains(target))
        {
            yield return $"{call}: target '{target}' does not exist in build/*.cake";
        }

        foreach (var (name, value) in call.Options)
        {
            if (KnownOptions.CakeOwned.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (KnownOptions.Find(name) is null)
            {
                yield return $"{call}: option --{name} is not an option of the build";
                continue;
            }

            // Values computed at run time (expressions, environment variables) are checked by the build itself.
            if (value.Contains('$', StringComparison.Ordinal))
            {
                continue;
            }

            var parsed = OptionParser.Parse(
                new Dictionary<string, IReadOnlyList<string>> { [name] = [value] },
                new Dictionary<string, string?>());
            foreach (var error in parsed.Errors)
            {
                yield return $"{call}: {error}";
            }
        }
    }

    [GeneratedRegex("""Task\("([^"]+)"\)""")]
    private static partial Regex TaskName();
}
