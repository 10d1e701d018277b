// Which cheap probe moves with the host's bursts? Each ~25 ms round times a CPU probe (1M xorshift steps), a memory
// probe (4 copies of a preallocated 4 MB buffer), a cache-miss probe (200k steps of a random pointer chase over 16 MB)
// and the median of 15 ConfigLoader.LoadFile calls (the suite's LoadFromFile(small) case). One CSV line per round:
// pid, seconds, cpu ms, memory ms, chase ms, load us.
using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Configuration;

var seconds = double.Parse(args[0], CultureInfo.InvariantCulture);
var path = args[1];
var src = new byte[4 << 20];
var dst = new byte[4 << 20];
src.AsSpan().Fill(3);
var n = 4 << 20;
var chase = new int[n];
var rng = new Random(7);
var perm = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).ToArray();
for (var i = 0; i < n; i++) chase[perm[i]] = perm[(i + 1) % n];
ulong Cpu() { var x = 88172645463325252UL; for (var i = 0; i < 1_000_000; i++) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; } return x; }
void Mem() { for (var p = 0; p < 4; p++) src.AsSpan().CopyTo(dst); }
int Chase() { var j = 0; for (var i = 0; i < 200_000; i++) j = chase[j]; return j; }
double T(Action a) { var w = Stopwatch.StartNew(); a(); return w.Elapsed.TotalMilliseconds; }
object? keep = null;
for (var w = 0; w < 20; w++) { Cpu(); Mem(); Chase(); keep = ConfigLoader.LoadFile(path); }
var total = Stopwatch.StartNew();
var pid = Environment.ProcessId;
while (total.Elapsed.TotalSeconds < seconds)
{
    var c = T(() => Cpu()); var m = T(Mem); var h = T(() => Chase());
    var ops = new double[15];
    for (var k = 0; k < ops.Length; k++) ops[k] = T(() => keep = ConfigLoader.LoadFile(path));
    Array.Sort(ops);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pid},{total.Elapsed.TotalSeconds:F3},{c:F4},{m:F4},{h:F4},{ops[7] * 1000:F2}"));
}
GC.KeepAlive(keep);
