using FlyRigLoader.Gate.Contracts;


namespace FlyRigLoader.Gate.Commands;

/// <summary>The few git facts and operations the gate needs, through the git CLI (works offline on local refs).</summary>
internal static class GitWorkTree
{
    /// <summary>The commit a ref names, or null when it does not resolve.</summary>
    public static string? Resolve(string root, string gitRef)
    {
        var (code, output) = Git(root, ["-C", root, "rev-parse", "--verify", "--quiet", gitRef + "^{commit}"]);
        return code == 0 ? output.Trim() : null;
    }

    /// <summary>
    /// The pathspec of what makes a tree dirty: everything but generated output and the baselines, whose edits by
    /// UpdateBaseline must not stop the next run of a K-run refill from being accepted. Shared with the run's own git facts.
    /// </summary>
    public static readonly IReadOnlyList<string> DirtyPathspec = ["--", ".", ":(exclude)artifacts", ":(exclude)baselines"];

    /// <summary>True when tracked or untracked files differ from HEAD, ignoring generated output and baselines.</summary>
    public static bool IsDirty(string root)
    {
        var (code, output) = Git(root, ["-C", root, "status", "--porcelain", .. DirtyPathspec]);
        return code != 0 || output.Trim().Length > 0;
    }

    /// <summary>HEAD's commit and branch (null when unavailable).</summary>
    public static (string? Sha, string? Branch) Head(string root)
    {
        var sha = Resolve(root, "HEAD");
        var (code, output) = Git(root, ["-C", root, "rev-parse", "--abbrev-ref", "HEAD"]);
        return (sha, code == 0 ? output.Trim() : null);
    }

    /// <summary>Checks out <paramref name="commit"/> in a detached worktree at <paramref name="directory"/> (reused when present).</summary>
    /// <exception cref="GateInputException">git refused.</exception>
    public static void AddDetached(string root, string directory, string commit)
    {
        if (Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git")))
        {
            return;
        }

        // A worktree whose folder was deleted (Clean, a crashed run) is still registered until pruned, and blocks the add.
        Git(root, ["-C", root, "worktree", "prune"]);
        var (code, output) = Git(root, ["-C", root, "worktree", "add", "--detach", directory, commit]);
        if (code != 0)
        {
            throw new GateInputException(directory, "git worktree add failed: " + output.Trim());
        }
    }

    /// <summary>True when <paramref name="ancestor"/> is an ancestor of <paramref name="descendant"/> (or the same commit).</summary>
    public static bool IsAncestor(string root, string ancestor, string descendant) =>
        Git(root, ["-C", root, "merge-base", "--is-ancestor", ancestor, descendant]).Code == 0;

    /// <summary>
    /// The commits on <paramref name="bad"/>'s first-parent chain after <paramref name="good"/> that contain it, oldest
    /// first (first parent ∩ ancestry path). Intersected rather than <c>--ancestry-path --first-parent</c> in one
    /// rev-list, which walks the ancestry through first parents only and finds nothing when <paramref name="good"/> sits
    /// on a branch that was merged: then the path starts at the merge.
    /// </summary>
    /// <exception cref="GateInputException">git refused.</exception>
    public static IReadOnlyList<string> FirstParentPath(string root, string good, string bad)
    {
        var chain = RevList(root, ["--reverse", "--first-parent", good + ".." + bad]);
        var descendants = RevList(root, ["--ancestry-path", good + ".." + bad]).ToHashSet(StringComparer.Ordinal);
        return [.. chain.Where(descendants.Contains)];
    }

    private static string[] RevList(string root, IReadOnlyList<string> arguments)
    {
        var (code, output) = Git(root, ["-C", root, "rev-list", .. arguments]);
        return code == 0
            ? output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : throw new GateInputException(arguments[^1], "git rev-list failed: " + output.Trim());
    }

    /// <summary>A commit's subject, author date (ISO 8601, as git prints it) and first parent (null for a root commit).</summary>
    /// <exception cref="GateInputException">git refused.</exception>
    public static (string Subject, string AuthorDate, string? FirstParent) Describe(string root, string commit)
    {
        // One field per line; the subject comes last because it is free text (it never holds a newline).
        var (code, output) = Git(root, ["-C", root, "show", "-s", "--format=%aI%n%P%n%s", commit]);
        var lines = output.Split('\n');
        if (code != 0 || lines.Length < 3)
        {
            throw new GateInputException(commit, "git show failed: " + output.Trim());
        }

        var parents = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (lines[2].Trim(), lines[0].Trim(), parents.Length > 0 ? parents[0] : null);
    }

    /// <summary>Removes the worktree at <paramref name="directory"/> (files and git's record of it); best effort.</summary>
    public static void Remove(string root, string directory)
    {
        Git(root, ["-C", root, "worktree", "remove", "--force", directory]);
        Git(root, ["-C", root, "worktree", "prune"]);
    }

    private static (int Code, string Output) Git(string root, IReadOnlyList<string> arguments)
    {
        var result = ChildProcess.Capture(new CommandLine("git", arguments, root), Timeout.InfiniteTimeSpan);
        return (result.ExitCode, result.Combined);
    }
}
