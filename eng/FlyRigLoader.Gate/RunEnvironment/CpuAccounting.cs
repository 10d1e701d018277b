using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Core.Interference;

namespace FlyRigLoader.Gate.RunEnvironment;

/// <summary>
/// Reads the Linux CPU accounting (<c>/proc/stat</c>, <c>/proc/self/stat</c>) around each launch of the suite, so the
/// interference rule can see other processes and the hypervisor at work. Elsewhere it reports nothing and the rule falls
/// back to the launches' own agreement.
/// </summary>
internal static class CpuAccounting
{
    // USER_HZ: the unit of every /proc tick count; 100 on every Linux ABI .NET runs on.
    private const double TicksPerSecond = 100.0;

    /// <summary>A snapshot now, or null when the OS does not expose the accounting.</summary>
    public static CpuSnapshot? Sample(string procRoot = "/proc")
    {
        try
        {
            var stat = Path.Combine(procRoot, "stat");
            var self = Path.Combine(procRoot, "self", "stat");
            if (!File.Exists(stat) || !File.Exists(self))
            {
                return null;
            }

            var machine = File.ReadLines(stat).FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            return machine is null ? null : Parse(machine, File.ReadAllText(self), Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Parses the aggregate <c>cpu</c> line of /proc/stat and the text of /proc/self/stat (pure).</summary>
    public static CpuSnapshot? Parse(string cpuLine, string selfStat, double wallSeconds)
    {
        ArgumentNullException.ThrowIfNull(cpuLine);
        ArgumentNullException.ThrowIfNull(selfStat);
        var fields = cpuLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // cpu user nice system idle iowait irq softirq steal ...
        if (fields.Length < 9 || fields[0] != "cpu" || !TryLongs(fields.AsSpan(1, 8), out var cpu))
        {
            return null;
        }

        // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'.
        var close = selfStat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var rest = selfStat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // rest[0] is field 3 (state); utime stime cutime cstime are fields 14-17, i.e. rest[11..15].
        if (rest.Length < 15 || !TryLongs(rest.AsSpan(11, 4), out var own))
        {
            return null;
        }

        return new CpuSnapshot(cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6], cpu[7], own.Sum(), wallSeconds);
    }

    /// <summary>The load of one launch between two snapshots.</summary>
    public static LaunchLoad Between(int index, CpuSnapshot? before, CpuSnapshot? after, double wallSeconds, double ownCpuSeconds, int logicalCores)
    {
        if (before is null || after is null)
        {
            return new LaunchLoad(index, wallSeconds, ownCpuSeconds, null, null, logicalCores);
        }

        var own = (after.OwnTicks - before.OwnTicks) / TicksPerSecond;
        var busy = (after.MachineBusyTicks - before.MachineBusyTicks) / TicksPerSecond;
        return new LaunchLoad(index, after.WallSeconds - before.WallSeconds, own, Math.Max(0, busy - own), (after.MachineStealTicks - before.MachineStealTicks) / TicksPerSecond, logicalCores);
    }

    private static bool TryLongs(ReadOnlySpan<string> text, out long[] values)
    {
        values = new long[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (!long.TryParse(text[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        return true;
    }
}
