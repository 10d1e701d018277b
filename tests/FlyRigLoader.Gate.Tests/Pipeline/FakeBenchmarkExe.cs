using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Pipeline;

/// <summary>
/// A stand-in for the benchmark exe (POSIX sh): copies BenchmarkDotNet fixture reports into the <c>--artifacts</c>
/// folder as BenchmarkDotNet would, prints its progress lines, optionally writes a leak-check JSON, then sleeps. Every
/// invocation appends its arguments as one line to <see cref="ArgsLog"/>.
/// </summary>
internal static class FakeBenchmarkExe
{
    public static string ArgsLog(TempDirectory dir) => dir.Combine("fake-args.log");

    // laterSleepSeconds: what every benchmark run after the first sleeps instead of sleepSeconds (null: the same).
    public static IReadOnlyList<string> Create(TempDirectory dir, IEnumerable<string> fixtureReports, int sleepSeconds, int exitCode = 0, int announced = 4, int? laterSleepSeconds = null)
    {
        var fixtures = string.Join(' ', fixtureReports.Select(f => "'" + Fixture.Results(f) + "'"));
        var script = $$"""
            #!/bin/sh
            echo "$*" >> '{{ArgsLog(dir)}}'
            out=""; leak=""
            while [ $# -gt 0 ]; do
              case "$1" in
                --artifacts) out="$2"; shift ;;
                --leak-check) leak="$2"; shift ;;
              esac
              shift
            done
            if [ -n "$leak" ]; then
              printf '{"schema_version":1,"cycles":10,"dataset_mb":50,"managed_heap_mb":[10,10.2,10.1],"working_set_mb":[80,81,80],"managed":{"slope_mb_per_cycle":0.01,"r_squared":0.05,"p_value":0.7},"working_set":{"slope_mb_per_cycle":0.1,"r_squared":0.1,"p_value":0.6},"leak_detected":false,"rule":"slope > 0.5 MB/cycle with p < 0.01"}' > "$leak"
              exit 0
            fi
            echo "// ***** Found {{announced}} benchmark(s) in total *****"
            echo "// Benchmark: ConfigLoadBenchmarks.LoadSmall: DefaultJob"
            mkdir -p "$out/results"
            for f in {{fixtures}}; do cp "$f" "$out/results/"; done
            echo "// ** Remained 0 (0.0 %) benchmark(s) to run. Estimated finish 2026-11-27 4:44 (0h 0m from now) **"
            if [ -e '{{ArgsLog(dir)}}.ran' ]; then sleep {{laterSleepSeconds ?? sleepSeconds}}; else touch '{{ArgsLog(dir)}}.ran'; sleep {{sleepSeconds}}; fi
            exit {{exitCode}}
            """;
        var path = dir.Write("fake-bench.sh", script.Replace("\r", "", StringComparison.Ordinal));
        return ["/bin/sh", path];
    }

    /// <summary>
    /// As <see cref="Create"/>, but invocation n (1-based) copies the report files of <paramref name="resultsPerCall"/>[n - 1]
    /// (the last entry for every later call): launches that measure differently, e.g. one slowed by a neighbour.
    /// </summary>
    public static IReadOnlyList<string> CreateSequence(TempDirectory dir, IReadOnlyList<IReadOnlyList<string>> resultsPerCall, int sleepSeconds, int announced)
    {
        var cases = string.Concat(resultsPerCall.Select((files, i) =>
            $"  {(i == resultsPerCall.Count - 1 ? "*" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}) for f in {string.Join(' ', files.Select(f => "'" + f + "'"))}; do cp \"$f\" \"$out/results/\"; done ;;\n"));
        var script = $$"""
            #!/bin/sh
            echo "$*" >> '{{ArgsLog(dir)}}'
            n=$(wc -l < '{{ArgsLog(dir)}}' | tr -d ' ')
            out=""
            while [ $# -gt 0 ]; do
              case "$1" in
                --artifacts) out="$2"; shift ;;
              esac
              shift
            done
            echo "// ***** Found {{announced}} benchmark(s) in total *****"
            mkdir -p "$out/results"
            case "$n" in
            {{cases}}esac
            sleep {{sleepSeconds}}
            exit 0
            """;
        var path = dir.Write("fake-bench-sequence.sh", script.Replace("\r", "", StringComparison.Ordinal));
        return ["/bin/sh", path];
    }

    /// <summary>A copy of a BenchmarkDotNet fixture report (same file name, under <paramref name="folder"/>) with every sample × <paramref name="factor"/>.</summary>
    public static string Slowed(TempDirectory dir, string fixture, double factor, string folder)
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Fixture.Results(fixture)));
        foreach (var values in json["Benchmarks"]!.Select(b => b["Statistics"]?["OriginalValues"]).OfType<Newtonsoft.Json.Linq.JArray>())
        {
            for (var i = 0; i < values.Count; i++)
            {
                values[i] = (double)values[i] * factor;
            }
        }

        return dir.Write(Path.Combine(folder, fixture), json.ToString());
    }
}
