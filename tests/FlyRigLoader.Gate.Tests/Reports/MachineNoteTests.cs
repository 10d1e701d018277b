using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

/// <summary>The one-line "Machine during the run" note.</summary>
public sealed class MachineNoteTests
{
    private static readonly InterferenceThresholds Defaults = new();

    private static LaunchInfo Launch(int index, double? foreign, double wall = 30, double? shift = null, bool remeasure = false) =>
        new(index, wall, wall - 1, 0, false, 5, index % 2 == 0, 3, foreign, foreign is null ? null : 0.0, null, 0.2, 0.3, shift, remeasure);

    [Fact]
    public void A_quiet_run_says_how_busy_others_kept_the_machine_and_that_no_launch_was_disturbed()
    {
        var note = MachineNote.Describe([Launch(1, 0.9), Launch(2, 0.9), Launch(3, 0.9, shift: 0.02), Launch(4, 0.9, shift: 0.02)], 2, Defaults);

        Assert.Equal("others kept 0.03 of 2 cores busy on average; calibration +2% after the launches; no launch disturbed", note);
    }

    [Fact]
    public void A_disturbed_launch_is_named_with_how_it_was_disturbed()
    {
        var note = MachineNote.Describe([Launch(1, 0.9), Launch(2, 27), Launch(3, 0.9), Launch(4, 0.3, remeasure: true)], 2, Defaults);

        Assert.Contains("others kept 0.24 of 2 cores busy on average", note, StringComparison.Ordinal);
        Assert.EndsWith("launch 2 disturbed: other processes kept 0.90 of 2 cores busy (limit 0.25)", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calibration_that_moved_disturbs_every_launch_in_one_phrase()
    {
        var note = MachineNote.Describe([Launch(1, 0.3, shift: -0.3), Launch(2, 0.3, shift: -0.3)], 2, Defaults);

        Assert.Contains("calibration -30% after the launches", note, StringComparison.Ordinal);
        Assert.Contains("launch 1, launch 2 disturbed: the calibration probe ran 30% slower", note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_memory_available_around_the_launches_is_given_as_its_range()
    {
        var note = MachineNote.Describe(
            [Launch(1, 0.9) with { MemoryAvailableGbStart = 21.4, MemoryAvailableGbEnd = 20.94 }, Launch(2, 0.9) with { MemoryAvailableGbStart = 21.1, MemoryAvailableGbEnd = null }],
            2, Defaults);

        Assert.Equal("others kept 0.03 of 2 cores busy on average; memory available 20.9-21.4 GB; no launch disturbed", note);
    }

    [Fact]
    public void The_note_ends_with_how_far_the_launches_agreed_and_whether_the_run_was_settled()
    {
        LaunchInfo[] launches = [Launch(1, 0.9), Launch(2, 0.9)];

        Assert.EndsWith("no launch disturbed; the launches agreed by a median sd of log 0.031 over the cases (settled)", MachineNote.Describe(launches, 2, Defaults, 0.0312), StringComparison.Ordinal);
        var unsettled = MachineNote.Describe(launches, 2, Defaults, 0.189);
        Assert.EndsWith(
            "on average; the run was unsettled: its launches disagreed by a median sd of log 0.189 over its cases (settled runs keep within 0.06), so it ran in the host's bursts",
            unsettled, StringComparison.Ordinal);
        Assert.DoesNotContain("no launch disturbed", unsettled, StringComparison.Ordinal);
        Assert.EndsWith("no launch disturbed", MachineNote.Describe(launches, 2, Defaults, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_cpu_accounting_the_note_says_which_witnesses_remain()
    {
        var note = MachineNote.Describe([Launch(1, null), Launch(2, null)], 2, Defaults);

        Assert.StartsWith("no CPU accounting here (Linux only)", note, StringComparison.Ordinal);
        Assert.EndsWith("no launch disturbed", note, StringComparison.Ordinal);
        Assert.Null(MachineNote.Describe([], 2, Defaults));
    }
}
