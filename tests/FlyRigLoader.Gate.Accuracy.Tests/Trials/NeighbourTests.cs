using FlyRigLoader.Gate.Accuracy.Cli;
using FlyRigLoader.Gate.Accuracy.Trials;

namespace FlyRigLoader.Gate.Accuracy.Tests.Trials;

public sealed class NeighbourTests
{
    private static string Tool => Path.Combine(AppContext.BaseDirectory, "FlyRigLoader.Gate.Accuracy.dll");

    [Fact]
    public void The_neighbour_burns_on_the_last_core_until_it_is_disposed_and_is_gone_after()
    {
        int pid;
        using (var neighbour = Neighbour.Start(Tool, TimeSpan.FromMinutes(2), megabytes: 8))
        {
            pid = neighbour.ProcessId;
            Assert.True(neighbour.IsRunning);
            Assert.Contains("burn --megabytes 8 --core", neighbour.Description, StringComparison.Ordinal);
        }

        Assert.False(Alive(pid));
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public void The_burner_stops_by_itself_when_its_time_is_up_or_its_parent_is_gone()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, AccuracyCommand.Run(["burn", "--megabytes", "4", "--seconds", "1"], output, error));
        Assert.StartsWith("burning: copying 4 MB buffers", output.ToString(), StringComparison.Ordinal);
        // A pid that cannot be a live process (above the kernel's limit) is a parent already gone.
        Assert.Equal(0, AccuracyCommand.Run(["burn", "--megabytes", "4", "--parent", "99999999", "--seconds", "600"], output, error));
    }

    [Fact]
    public void Bad_burner_arguments_are_exit_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, AccuracyCommand.Run(["burn", "--megabytes", "0"], output, error));
        Assert.Equal(2, AccuracyCommand.Run(["burn", "--speed", "9"], output, error));
        Assert.Equal(2, AccuracyCommand.Run(["burn", "--core"], output, error));
        Assert.Contains("usage: burn", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_arguments_pin_the_last_core_and_name_this_process_as_the_parent()
    {
        Assert.Equal(
            ["t.dll", "burn", "--megabytes", "256", "--core", "1", "--parent", "42", "--seconds", "10800"],
            Neighbour.Arguments("t.dll", 42, 1, TimeSpan.FromHours(3)));
    }
}
