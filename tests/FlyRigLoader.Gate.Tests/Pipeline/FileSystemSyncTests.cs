using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Pipeline;

namespace FlyRigLoader.Gate.Tests.Pipeline;

public sealed class FileSystemSyncTests
{
    [Fact]
    public void On_linux_and_macos_sync_runs_once_in_the_work_tree_and_says_so()
    {
        var started = new List<CommandLine>();

        var line = FileSystemSync.Run("/repo", isWindows: false, c => { started.Add(c); return new ProcessOutput(0, "", ""); });

        var command = Assert.Single(started);
        Assert.Equal(("sync", "/repo"), (command.FileName, command.WorkingDirectory));
        Assert.Empty(command.Arguments);
        Assert.Equal("sync: file-system buffers flushed before the launches", line);
    }

    [Fact]
    public void On_windows_nothing_runs_and_a_notice_says_why()
    {
        var line = FileSystemSync.Run("C:/repo", isWindows: true, _ => throw new InvalidOperationException("must not start a process"));

        Assert.StartsWith("note: no sync before the launches on Windows", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_sync_is_reported_with_its_exit_code_and_does_not_stop_the_run()
    {
        var line = FileSystemSync.Run("/repo", isWindows: false, _ => new ProcessOutput(127, "", "sync: not found\n"));

        Assert.Equal("note: sync failed (exit 127: sync: not found); the launches run anyway", line);
    }

    [Fact]
    public void On_this_machine_the_real_sync_succeeds_or_windows_gets_its_notice()
    {
        var line = FileSystemSync.Run(Path.GetTempPath(), OperatingSystem.IsWindows(), c => ChildProcess.Capture(c, TimeSpan.FromMinutes(2)));

        Assert.Equal(OperatingSystem.IsWindows(), line.StartsWith("note: no sync", StringComparison.Ordinal));
        Assert.DoesNotContain("failed", line, StringComparison.Ordinal);
    }
}
