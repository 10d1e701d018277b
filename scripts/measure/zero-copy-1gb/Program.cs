using System.Diagnostics;
using System.Text.Json;
using Apache.Arrow;
using FlyRigLoader.Loading;
using FlyRigLoader.Transformation;
static long Rss() => long.Parse(File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0]))!, "expected.json"))).RootElement;
foreach (var path in args)
{
    // warm JIT on the same file once, then measure fresh maps
    using (var w = PickleLoader.Map(path)) { DataFrameBuilder.Build(w.AsExperimentMatrix(), ColumnConfig.Default); }
    var times = new List<double>();
    long rssGrowth = 0;
    for (var i = 0; i < 7; i++)
    {
        GC.Collect(); GC.WaitForPendingFinalizers();
        var before = Rss();
        var sw = Stopwatch.StartNew();
        using var mapped = PickleLoader.Map(path);
        var table = DataFrameBuilder.Build(mapped.AsExperimentMatrix(), ColumnConfig.Default);
        sw.Stop();
        rssGrowth = Math.Max(rssGrowth, Rss() - before);
        times.Add(sw.Elapsed.TotalMilliseconds);
        if (i == 6)
        {
            var x = ((DoubleArray)table.Column("x")).Values;
            double sum = 0; foreach (var v in x) sum += v;
            var sd = (DoubleArray)((FixedSizeListArray)table.Column("signal_disp")).Values;
            var vals = sd.Values; double sum3 = 0; for (int r = 0; r < table.Length; r++) sum3 += vals[r * 16 + 3];
            Console.WriteLine($"{Path.GetFileName(path)}: rows {table.Length} (numpy {expected.GetProperty("rows").GetInt32()}), sum x {sum:R} vs numpy {expected.GetProperty("sum_x").GetDouble():R} (rel {Math.Abs(sum - expected.GetProperty("sum_x").GetDouble()) / Math.Abs(sum):E1}), sum signal_disp[3] {sum3:R} vs {expected.GetProperty("sum_sd3").GetDouble():R}, copies: [{string.Join("; ", mapped.CopyReasons)}], after reading: RSS +{(Rss() - before) / 1e6:F0} MB");
        }
    }
    times.Sort();
    Console.WriteLine($"{Path.GetFileName(path)}: map+build median {times[3]:F2} ms (min {times[0]:F2}, max {times[^1]:F2}), max RSS growth before touching data {rssGrowth / 1e6:F1} MB");
}
