using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using FlyRigLoader.Loading;

// Where a gzip load's time goes, in one process, alternating: inflating the file into a reused buffer (the floor),
// PickleLoader.Load of the gzip file, and PickleLoader.Load of the same pickle uncompressed. Median ms and bytes
// allocated per call. Usage: GzipFloor <file.pkl.gz> <file.pkl> <rounds>
var gz = args[0];
var raw = args[1];
var rounds = int.Parse(args[2], CultureInfo.InvariantCulture);
var buffer = new byte[1 << 16];
long decompressed = 0;
var cases = new (string Name, Action Run)[]
{
    ("inflate only", () =>
    {
        using var file = new FileStream(gz, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var inflate = new GZipStream(file, CompressionMode.Decompress);
        long total = 0;
        int n;
        while ((n = inflate.Read(buffer)) > 0)
        {
            total += n;
        }

        decompressed = total;
    }),
    ("load gzip", () => PickleLoader.Load(gz)),
    ("load raw", () => PickleLoader.Load(raw)),
};
foreach (var c in cases)
{
    for (var w = 0; w < 3; w++)
    {
        c.Run();
    }
}

var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
var allocated = new Dictionary<string, long>();
for (var r = 0; r < rounds; r++)
{
    foreach (var c in cases)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        c.Run();
        times[c.Name].Add(sw.Elapsed.TotalMilliseconds);
        allocated[c.Name] = GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

var floor = times["inflate only"].Order().ElementAt(rounds / 2);
foreach (var c in cases)
{
    var median = times[c.Name].Order().ElementAt(rounds / 2);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{c.Name,-13} median {median,9:F2} ms ({median / floor:F2}x the floor)  allocated {allocated[c.Name] / (double)decompressed:F3}x the decompressed size"));
}
