using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Discovery;

// The same discovery as discover.py, through FileDiscoverer; prints "<median ms> <files kept>" like it.
var root = args[0];
var rounds = int.Parse(args[1], CultureInfo.InvariantCulture);
var request = DiscoveryRequest.For(root, "*", recursive: true) with
{
    Extensions = ["pkl", "pkl.gz", "csv"],
    IgnoreGlobs = ["*._*", "temp_*", "backup_*"],
    MandatorySubstrings = ["baseline", "treatment", "stim"],
    ExtractionPatterns = [@"(?P<animal>mouse|rat|fly)_(?P<date>\d{8})_(?P<condition>[a-z]+)_(?P<replicate>\d+)"],
};
var n = 0;
for (var w = 0; w < 5; w++)
{
    n = FileDiscoverer.Discover(request).Files.Count;
}

var times = new List<double>();
for (var r = 0; r < rounds; r++)
{
    var sw = Stopwatch.StartNew();
    n = FileDiscoverer.Discover(request).Files.Count;
    times.Add(sw.Elapsed.TotalMilliseconds);
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2]:F3} {n}"));
