using System.Diagnostics;
using FlyRigLoader.Configuration;

// Loads one config and reports how it was refused, how long it took and the process's peak working set.
var sw = Stopwatch.StartNew();
try
{
    ConfigLoader.LoadFile(args[0]);
    Console.WriteLine("loaded (not refused)");
}
catch (Exception e)
{
    Console.WriteLine($"{e.GetType().Name}: {e.Message.Split('\n')[0][..Math.Min(160, e.Message.Length)]}");
}

Console.WriteLine($"{Path.GetFileName(args[0])}: {sw.Elapsed.TotalMilliseconds:F0} ms, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
