using System.Diagnostics;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// A stand-in for the GitHub CLI on PATH for the CI scripts: it answers the calls those scripts make from files in its
/// folder (what GitHub would hold) and logs every call, so a test can see what would have been created or edited.
/// </summary>
internal sealed class FakeGh : IDisposable
{
    private const string Script = """
        #!/usr/bin/env bash
        # Answers from $FAKE_GH (state files); logs each call, one line of arguments, to $FAKE_GH/calls.log.
        set -euo pipefail
        state="$FAKE_GH"
        echo "$*" >> "$state/calls.log"
        answer() { if [ -f "$state/$1" ]; then cat "$state/$1"; fi; }
        case "$1 $2" in
          "api repos/"*"/artifacts") answer artifact-count ;;
          "run download") dir="${@: -1}"; cp -R "$state/artifact/." "$dir/" ;;
          "api repos/"*"/pulls/"*) answer pull ;;
          "api --paginate") answer existing-comment ;;
          "api --method")
            for a in "$@"; do case "$a" in body=@*) cp "${a#body=@}" "$state/posted-body.md" ;; esac; done ;;
          "pr list") answer open-pr ;;
          "pr create"|"pr edit")
            while [ $# -gt 0 ]; do
              case "$1" in --title) echo "$2" > "$state/pr-title.txt"; shift ;; --body-file) cp "$2" "$state/pr-body.md"; shift ;; esac
              shift
            done ;;
          *) echo "fake gh: unexpected call: $*" >&2; exit 99 ;;
        esac
        """;

    private readonly TempDirectory _dir = new();

    public FakeGh()
    {
        Directory.CreateDirectory(Combine("bin"));
        Directory.CreateDirectory(Combine("state", "artifact"));
        var gh = Combine("bin", "gh");
        File.WriteAllText(gh, Script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string State => Combine("state");

    public string Root => _dir.Path;

    /// <summary>Calls made so far, one per line.</summary>
    public IReadOnlyList<string> Calls => File.Exists(Combine("state", "calls.log")) ? File.ReadAllLines(Combine("state", "calls.log")) : [];

    public string Combine(params string[] parts) => _dir.Combine(parts);

    /// <summary>Sets what GitHub holds: a state file's content.</summary>
    public void Set(string name, string content)
    {
        var path = Combine("state", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public string? Read(string name) => File.Exists(Combine("state", name)) ? File.ReadAllText(Combine("state", name)) : null;

    /// <summary>Runs a script of the repository with this gh first on PATH.</summary>
    public (int Code, string Out, string Err) Run(string script, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoRoot.Path, script)])
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["PATH"] = Combine("bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_GH"] = State;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => _dir.Dispose();
}
