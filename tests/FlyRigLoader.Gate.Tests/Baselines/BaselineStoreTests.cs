using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Baselines;

public sealed class BaselineStoreTests : IDisposable
{
    private readonly string _dir = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly JobIdentity Smoke = Synthetic.Job with { Profile = "smoke" };

    [Fact]
    public void Round_trips_runs_samples_allocations_provenance_and_the_job_of_every_run()
    {
        var baseline = Synthetic.Baseline(3);
        var path = Path.Combine(_dir, BaselineStore.FileName("linux-x64-2core", "fp1", Synthetic.Job.Key));

        BaselineStore.Write(path, baseline);
        var read = BaselineStore.Read(path);

        Assert.Equal($"linux-x64-2core-fp1-{Synthetic.Job.Key}.json", Path.GetFileName(path));
        Assert.Contains("\"schema_version\": 2", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.All(read.Runs, r => Assert.Equal(Synthetic.Job, r.Job));
        Assert.Equal(Synthetic.Job, read.Job);
        Assert.Equal(Synthetic.FingerprintCanonical, read.FingerprintCanonical);
        Assert.Equal(3, read.Runs.Count);
        Assert.Equal(baseline.Runs[2].Provenance, read.Runs[2].Provenance);
        Assert.Equal(baseline.Runs[0].Benchmarks.Count, read.Runs[0].Benchmarks.Count);
        var before = baseline.Runs[1].Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal).First();
        var after = read.Runs[1].Benchmarks.Single(b => b.FullName == before.FullName);
        Assert.Equal(before.SamplesNs.Select(s => Math.Round(s, 4)), after.SamplesNs);
        Assert.Equal(before.AllocatedBytesPerOp, after.AllocatedBytesPerOp);
        Assert.Empty(Directory.GetFiles(_dir, ".*"));
    }

    [Fact]
    public void Launch_medians_round_trip_and_are_absent_for_runs_measured_in_one_process()
    {
        var single = Synthetic.Baseline(1);
        var run = single.Runs[0];
        var launched = single with
        {
            Runs = [run with { Benchmarks = [.. run.Benchmarks.Select((b, i) => i == 0 ? b with { LaunchMediansNs = [1e5, 1.1e5, 0.95e5] } : b)] }],
        };
        var path = Path.Combine(_dir, "b.json");

        BaselineStore.Write(path, launched);
        var text = File.ReadAllText(path);
        var read = BaselineStore.Read(path).Runs[0].Benchmarks;

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "\"launch_medians_ns\""));
        Assert.Equal([1e5, 1.1e5, 0.95e5], read.Single(b => b.FullName == run.Benchmarks[0].FullName).LaunchMediansNs!);
        Assert.All(read.Where(b => b.FullName != run.Benchmarks[0].FullName), b => Assert.Null(b.LaunchMediansNs));
        Assert.Equal([1e5, 1.1e5, 0.95e5], BaselineStore.Read(path).Histories().Single(h => h.FullName == run.Benchmarks[0].FullName).RunLaunchMediansNs![0]!);
    }

    [Fact]
    public void Each_benchmark_carries_the_guides_statistical_summary_derived_from_its_samples()
    {
        var run = Synthetic.Baseline(1).Runs[0];
        var one = run.Benchmarks[0] with { SamplesNs = [100, 110, 120, 130] };
        var path = Path.Combine(_dir, "b.json");

        BaselineStore.Write(path, Synthetic.Baseline(1) with { Runs = [run with { Benchmarks = [one] }] });
        var b = (Newtonsoft.Json.Linq.JObject)Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(path))["runs"]![0]!["benchmarks"]![0]!;

        Assert.Equal(4, (int)b["n"]!);
        Assert.Equal(115.0, (double)b["mean_ns"]!);
        Assert.Equal(115.0, (double)b["median_ns"]!);
        Assert.Equal(12.9099, (double)b["std_dev_ns"]!, 4);
        // mean ± t(0.975, 3) · sd / √4 = 115 ± 3.18245 · 6.45497 = 115 ± 20.5426
        Assert.Equal(94.4574, (double)b["ci95_lower_ns"]!, 0.0002);
        Assert.Equal(135.5426, (double)b["ci95_upper_ns"]!, 0.0002);
        Assert.Equal([100.0, 110, 120, 130], BaselineStore.Read(path).Runs[0].Benchmarks[0].SamplesNs);
    }

    [Fact]
    public void The_machine_of_a_run_round_trips_and_is_null_for_runs_written_before_it_existed()
    {
        var baseline = Synthetic.Baseline(2);
        var machine = new RunMachine("Linux Debian GNU/Linux 12 (bookworm) X64", 2, 23.47);
        var runs = baseline.Runs.Select((r, i) => i == 0 ? r with { Provenance = r.Provenance with { Machine = machine } } : r).ToList();
        var path = Path.Combine(_dir, "b.json");

        BaselineStore.Write(path, baseline with { Runs = runs });
        var read = BaselineStore.Read(path).Runs;

        Assert.Equal(machine, read[0].Provenance.Machine);
        Assert.Null(read[1].Provenance.Machine);
        Assert.Contains("\"cpu_count\": 2", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"cpu_count\": 2", "\"cpu_count\": 0", "runs[0].machine.cpu_count must be a positive integer")]
    [InlineData("\"memory_total_gb\": 23.47", "\"memory_total_gb\": \"lots\"", "runs[0].machine.memory_total_gb is not a non-negative number")]
    [InlineData("\"platform\": \"Linux\"", "\"os\": \"Linux\"", "runs[0].machine has no 'platform'")]
    public void Rejects_a_malformed_machine_block_naming_the_file_and_the_field(string find, string replace, string problem)
    {
        var baseline = Synthetic.Baseline(1);
        var run = baseline.Runs[0] with { Provenance = baseline.Runs[0].Provenance with { Machine = new RunMachine("Linux", 2, 23.47) } };
        var path = Path.Combine(_dir, "b.json");
        BaselineStore.Write(path, baseline with { Runs = [run] });
        File.WriteAllText(path, ReplaceFirst(File.ReadAllText(path), find, replace));

        var e = Assert.Throws<GateInputException>(() => BaselineStore.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "'launch_medians_ns' must be a non-empty array of positive numbers")]
    [InlineData("5", "'launch_medians_ns' must be a non-empty array of positive numbers")]
    [InlineData("[1, -2]", "launch_medians_ns[1] is not a positive number")]
    public void Rejects_malformed_launch_medians_naming_the_file_and_the_benchmark(string value, string problem)
    {
        var path = Path.Combine(_dir, "b.json");
        BaselineStore.Write(path, Synthetic.Baseline(1));
        File.WriteAllText(path, ReplaceFirst(File.ReadAllText(path), "\"samples_ns\": [", $"\"launch_medians_ns\": {value},\n\"samples_ns\": ["));

        var e = Assert.Throws<GateInputException>(() => BaselineStore.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains("runs[0].benchmarks[0]", e.Problem, StringComparison.Ordinal);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"schema_version\": 2", "\"schema_version\": 7", "unsupported schema_version (expected 1 or 2)")]
    [InlineData("\"keep_runs\": 5", "\"keep_runs\": 0", "'keep_runs' must be a positive integer")]
    [InlineData("\"run_id\": \"run-1\"", "\"run_id\": 3", "has no 'run_id'")]
    [InlineData("\"samples_ns\": [", "\"samples_ns\": [\"x\",", "samples_ns[0] is not a positive number")]
    [InlineData("\"date\": \"2026", "\"date\": \"yesterday", "date is not a date")]
    [InlineData("\"launches\": 1", "\"launches\": 0", "runs[0].job.launches must be a positive integer")]
    [InlineData("\"profile\": \"default\"", "\"profile\": 3", "runs[0].job.profile must be a non-empty string")]
    [InlineData("\"job\": {", "\"no_job\": {", "runs[0] has no 'job' object")]
    public void Rejects_a_corrupt_file_naming_it_and_the_problem(string find, string replace, string problem)
    {
        var path = Path.Combine(_dir, "b.json");
        BaselineStore.Write(path, Synthetic.Baseline(1));
        File.WriteAllText(path, ReplaceFirst(File.ReadAllText(path), find, replace));

        var e = Assert.Throws<GateInputException>(() => BaselineStore.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_truncated_json_and_a_missing_file()
    {
        var path = Path.Combine(_dir, "b.json");
        BaselineStore.Write(path, Synthetic.Baseline(1));
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)]);

        Assert.Contains("not valid JSON", Assert.Throws<GateInputException>(() => BaselineStore.Read(path)).Problem, StringComparison.Ordinal);
        Assert.Contains("not found", Assert.Throws<GateInputException>(() => BaselineStore.Read(Path.Combine(_dir, "none.json"))).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_1_baseline_is_read_with_no_job()
    {
        var path = Path.Combine(_dir, "linux-x64-2core-fp1.json");
        BaselineStore.Write(path, Synthetic.Baseline(2));
        var text = File.ReadAllText(path).Replace("\"schema_version\": 2", "\"schema_version\": 1", StringComparison.Ordinal);
        File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(text, "\"job\": \\{[^}]*\\{[^}]*\\},[^}]*\\},", string.Empty));

        var read = BaselineStore.Read(path);

        Assert.DoesNotContain("\"job\"", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(2, read.Runs.Count);
        Assert.All(read.Runs, r => Assert.Null(r.Job));
        Assert.Null(read.Job);
        Assert.Null(read.FingerprintCanonical);
    }

    [Fact]
    public void A_file_whose_runs_have_different_jobs_is_refused_naming_the_difference()
    {
        var path = Path.Combine(_dir, "b.json");
        var baseline = Synthetic.Baseline(2);
        BaselineStore.Write(path, baseline with { Runs = [baseline.Runs[0], baseline.Runs[1] with { Job = Smoke }] });

        var e = Assert.Throws<GateInputException>(() => BaselineStore.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains("runs[1] has another job than runs[0] (job differs: profile default -> smoke); one baseline file holds one job", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_picks_the_file_of_the_runs_fingerprint_and_job()
    {
        BaselineStore.Write(Path.Combine(_dir, BaselineStore.FileName("linux-x64-2core", "aaa", Synthetic.Job.Key)), Synthetic.Baseline(1, "aaa"));
        BaselineStore.Write(Path.Combine(_dir, BaselineStore.FileName("linux-x64-2core", "aaa", Smoke.Key)), Synthetic.Baseline(1, "aaa", Smoke));
        File.WriteAllText(Path.Combine(_dir, "gate-config.json"), "{}");

        var smoke = BaselineStore.Locate(_dir, "aaa", Smoke.Key)!;
        var standard = BaselineStore.Locate(_dir, "aaa", Synthetic.Job.Key)!;

        Assert.Equal($"linux-x64-2core-aaa-{Smoke.Key}.json", Path.GetFileName(smoke.Path));
        Assert.Equal($"linux-x64-2core-aaa-{Synthetic.Job.Key}.json", Path.GetFileName(standard.Path));
        Assert.True(smoke.Exact && standard.Exact);
        Assert.Null(smoke.Note);
    }

    [Fact]
    public void Without_a_file_of_the_job_Locate_returns_another_jobs_file_of_the_fingerprint_and_says_so()
    {
        var other = Path.Combine(_dir, BaselineStore.FileName("linux-x64-2core", "aaa", Synthetic.Job.Key));
        BaselineStore.Write(other, Synthetic.Baseline(1, "aaa"));
        BaselineStore.Write(Path.Combine(_dir, BaselineStore.FileName("linux-x64-4core", "bbb", Smoke.Key)), Synthetic.Baseline(1, "bbb", Smoke));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddDays(-3));

        var found = BaselineStore.Locate(_dir, "aaa", Smoke.Key)!;

        Assert.Equal(other, found.Path);
        Assert.False(found.Exact);
        Assert.Contains($"no baseline of fingerprint aaa and job {Smoke.Key} in {_dir}; the closest is another job's baseline of this fingerprint", found.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_1_file_name_counts_as_the_same_fingerprint_and_a_foreign_folder_gives_its_newest_file()
    {
        var old = Path.Combine(_dir, "linux-x64-2core-aaa.json");
        BaselineStore.Write(old, Synthetic.Baseline(1, "aaa"));
        var newer = Path.Combine(_dir, BaselineStore.FileName("linux-x64-4core", "bbb", Smoke.Key));
        BaselineStore.Write(newer, Synthetic.Baseline(1, "bbb", Smoke));
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-3));

        var sameMachine = BaselineStore.Locate(_dir, "aaa", Smoke.Key)!;
        var foreign = BaselineStore.Locate(_dir, "ccc", Smoke.Key)!;

        Assert.Equal(old, sameMachine.Path);
        Assert.Equal(newer, foreign.Path);
        Assert.False(foreign.Exact);
        Assert.Contains("the closest is the newest baseline there", foreign.Note, StringComparison.Ordinal);
        Assert.Null(BaselineStore.Locate(Path.Combine(_dir, "none"), "aaa", Smoke.Key));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture text lacks {find}");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
