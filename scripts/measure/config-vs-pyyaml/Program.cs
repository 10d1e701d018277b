using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Configuration;

// ConfigLoader.LoadFile (read, parse, validate, build the model) timed like parse.py: median ms per call over batches.
var path = args[0];
var batches = int.Parse(args[1], CultureInfo.InvariantCulture);
var perBatch = int.Parse(args[2], CultureInfo.InvariantCulture);
var first = Stopwatch.StartNew();
ConfigLoader.LoadFile(path);
var firstMs = first.Elapsed.TotalMilliseconds;
for (var w = 0; w < perBatch * 5; w++)
{
    ConfigLoader.LoadFile(path);
}

var times = new List<double>();
for (var b = 0; b < batches; b++)
{
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < perBatch; i++)
    {
        ConfigLoader.LoadFile(path);
    }

    times.Add(sw.Elapsed.TotalMilliseconds / perBatch);
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2]:F4}"));
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first call in this process (JIT included): {firstMs:F1} ms"));
