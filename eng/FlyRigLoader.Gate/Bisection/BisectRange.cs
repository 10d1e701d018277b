using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>
/// The commits a bisection walks: those on <c>--bad</c>'s first-parent chain after <c>--good</c> that contain
/// <c>--good</c>, oldest first. First parent, so every commit tested is a state the mainline really was in and a merged
/// branch is judged as its merge commit, the way <c>git bisect --first-parent</c> walks; containing the good commit, so
/// each is measured against an ancestor of itself (when <c>--good</c> lies on a merged branch the path starts at the
/// merge).
/// </summary>
/// <param name="Good">The good commit.</param>
/// <param name="Bad">The bad commit.</param>
/// <param name="Path">Shas of the path, oldest first; the last is <paramref name="Bad"/>'s.</param>
internal sealed record BisectRange(BisectCommit Good, BisectCommit Bad, IReadOnlyList<string> Path)
{
    /// <summary>Resolves and checks <c>--good</c> and <c>--bad</c> with git alone (fast: nothing is built).</summary>
    /// <exception cref="GateInputException">An option is missing, a ref does not resolve, or good is not an ancestor of bad; the message names the option.</exception>
    public static BisectRange Resolve(BuildOptions options, string root)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(root);
        if (options.Good is null || options.Bad is null)
        {
            var missing = string.Join(" and ", new[] { options.Good is null ? "--good" : null, options.Bad is null ? "--bad" : null }.OfType<string>());
            throw new GateInputException(missing, "missing: Bisect needs --good=<ref> (a fast commit) and --bad=<ref> (a slow commit that descends from it)");
        }

        var good = GitWorkTree.Resolve(root, options.Good) ?? throw new GateInputException("--good=" + options.Good, "git ref does not resolve to a commit in this repository");
        var bad = GitWorkTree.Resolve(root, options.Bad) ?? throw new GateInputException("--bad=" + options.Bad, "git ref does not resolve to a commit in this repository");
        if (good == bad)
        {
            throw new GateInputException("--good=" + options.Good, $"is the same commit as --bad={options.Bad} ({good[..12]}): there is nothing between them to bisect");
        }

        if (!GitWorkTree.IsAncestor(root, good, bad))
        {
            throw new GateInputException("--good=" + options.Good, $"({good[..12]}) is not an ancestor of --bad={options.Bad} ({bad[..12]}): the fast commit must come before the slow one");
        }

        var path = GitWorkTree.FirstParentPath(root, good, bad);
        if (path.Count == 0 || path[^1] != bad)
        {
            throw new GateInputException($"{options.Good}..{options.Bad}", "git found no first-parent path from the good commit to the bad one");
        }

        return new BisectRange(Describe(root, good), Describe(root, bad), path);
    }

    /// <summary>A commit's subject and author date.</summary>
    public static BisectCommit Describe(string root, string sha)
    {
        var (subject, date, _) = GitWorkTree.Describe(root, sha);
        return new BisectCommit(sha, subject, date);
    }
}
