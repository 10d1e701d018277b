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

    /// <summary>True when tracked or untracked files differ from HEAD, ignoring generated output and baselines.</summary>
    public static bool IsDirty(string root)
    {
        var (code, output) = Git(root, ["-C", root, "status", "--porcelain", "--", ".", ":(exclude)artifacts", ":(exclude)baselines"]);
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

        var (code, output) = Git(root, ["-C", root, "worktree", "add", "--detach", directory, commit]);
        if (code != 0)
        {
            throw new GateInputException(directory, "git worktree add failed: " + output.Trim());
        }
    }

    private static (int Code, string Output) Git(string root, IReadOnlyList<string> arguments)
    {
        var result = ChildProcess.Capture(new CommandLine("git", arguments, root), Timeout.InfiniteTimeSpan);
        return (result.ExitCode, result.Combined);
    }
}
