using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Tests.Infra;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Artifacts;

public sealed class CompressArtifactsTests : IDisposable
{
    private const string Run = "20261127-044310-abc1234";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 4, 43, 10, TimeSpan.Zero);
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private string ZipPath => Path.Combine(_repo.Artifacts, "archives", ArchiveBuilder.FileName(Run));

    private void WriteRun(params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            _repo.Write("artifacts/" + path, content, Now, TimeSpan.Zero);
        }

        WriteManifest(files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Content))).ToArray());
    }

    private void WriteManifest(params (string Path, byte[] Bytes)[] files)
    {
        var manifest = new JObject
        {
            ["schema_version"] = 1,
            ["run_id"] = Run,
            ["files"] = new JArray(files.Select(f => new JObject
            {
                ["path"] = f.Path,
                ["size"] = f.Bytes.LongLength,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(f.Bytes)),
            })),
        };
        _repo.Write("artifacts/" + RunManifest.RelativePath, manifest.ToString(), Now, TimeSpan.Zero);
    }

    private (int Code, string Out, string Err) Compress()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ArtifactLifecycle.CompressArtifacts(new BuildPaths(_repo.Root), new BuildOptions(), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static readonly (string, string)[] RunFiles =
    [
        ($"reports/benchmark-report-{Run}.json", "{\"report\":1}"),
        ($"statistical-analysis/confidence-intervals-{Run}.json", "{}"),
        ($"memory-profiles/memory-leak-analysis-{Run}.json", "{\"leak_detected\":false}"),
        ($"logs/bdn-{Run}.log", "log line\n"),
        ($"environment/environment-{Run}.json", "{\"os\":\"linux\"}"),
    ];

    [Fact]
    public void A_run_is_packed_with_its_manifest_and_verifies()
    {
        WriteRun(RunFiles);

        var (code, output, error) = Compress();

        Assert.True(code == 0, error);
        Assert.Contains("verified against the manifest", output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(
            RunFiles.Select(f => f.Item1).Append(RunManifest.RelativePath).Order(StringComparer.Ordinal),
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Empty(ArchiveVerifier.Verify(ZipPath, RunManifestReader.Read(Path.Combine(_repo.Artifacts, RunManifest.RelativePath))));
        Assert.Equal(
            [ArchiveBuilder.FileName(Run), ArchiveBuilder.MemoryProfilesFileName(Run)],
            Directory.GetFiles(Path.GetDirectoryName(ZipPath)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_memory_profiles_get_a_verified_zip_of_their_own_as_the_guide_names_it_and_a_run_without_them_gets_none()
    {
        WriteRun(RunFiles);

        var (code, output, error) = Compress();

        Assert.True(code == 0, error);
        var memoryZip = Path.Combine(_repo.Artifacts, "archives", $"memory-profiles-{Run}.zip");
        Assert.Contains($"1 memory-profile file(s) -> {memoryZip}", output, StringComparison.Ordinal);
        using (var zip = ZipFile.OpenRead(memoryZip))
        {
            Assert.Equal([RunManifest.RelativePath, $"memory-profiles/memory-leak-analysis-{Run}.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }

        Assert.Empty(ArchiveVerifier.Verify(memoryZip, ArchiveBuilder.MemoryProfiles(RunManifestReader.Read(Path.Combine(_repo.Artifacts, RunManifest.RelativePath)))));
        File.Delete(memoryZip);
        WriteRun([.. RunFiles.Where(f => !f.Item1.StartsWith("memory-profiles/", StringComparison.Ordinal))]);
        Assert.Equal(0, Compress().Code);
        Assert.False(File.Exists(memoryZip));
    }

    [Fact]
    public void A_file_changed_after_the_manifest_fails_and_leaves_no_archive()
    {
        WriteRun(RunFiles);
        File.AppendAllText(Path.Combine(_repo.Artifacts, "logs", $"bdn-{Run}.log"), "tampered");

        var (code, _, error) = Compress();

        Assert.Equal(2, code);
        Assert.Contains($"logs/bdn-{Run}.log: changed since the manifest was written", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(ZipPath)) && Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(ZipPath)!).Any());
    }

    [Fact]
    public void Tampering_with_an_archived_file_fails_verification()
    {
        WriteRun(RunFiles);
        Assert.Equal(0, Compress().Code);
        var manifest = RunManifestReader.Read(Path.Combine(_repo.Artifacts, RunManifest.RelativePath));

        using (var zip = ZipFile.Open(ZipPath, ZipArchiveMode.Update))
        {
            var name = $"reports/benchmark-report-{Run}.json";
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("{\"report\":2}");
        }

        var problems = ArchiveVerifier.Verify(ZipPath, manifest);
        Assert.Contains(problems, p => p.StartsWith($"reports/benchmark-report-{Run}.json: SHA-256", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_and_extra_entries_fail_verification()
    {
        WriteRun(RunFiles);
        Assert.Equal(0, Compress().Code);
        var manifest = RunManifestReader.Read(Path.Combine(_repo.Artifacts, RunManifest.RelativePath));

        using (var zip = ZipFile.Open(ZipPath, ZipArchiveMode.Update))
        {
            zip.GetEntry($"logs/bdn-{Run}.log")!.Delete();
            zip.CreateEntry("intruder.txt");
        }

        var problems = ArchiveVerifier.Verify(ZipPath, manifest);
        Assert.Contains($"logs/bdn-{Run}.log: missing from the archive", problems);
        Assert.Contains("intruder.txt: in the archive but not in the manifest", problems);
    }

    [Fact]
    public void A_corrupt_archive_fails_verification()
    {
        WriteRun(RunFiles);
        File.WriteAllText(Path.Combine(_repo.Root, "broken.zip"), "not a zip");

        var problems = ArchiveVerifier.Verify(Path.Combine(_repo.Root, "broken.zip"), RunManifestReader.Read(Path.Combine(_repo.Artifacts, RunManifest.RelativePath)));

        Assert.Contains(problems, p => p.StartsWith("not a readable zip archive", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("reports/link-to-repo/baselines/b.json")]
    [InlineData("reports/link-to-secret.txt")]
    public void Nothing_outside_artifacts_is_packed_even_through_links(string listed)
    {
        var secret = _repo.Write("secret.txt", "secret", Now, TimeSpan.Zero);
        _repo.Write("baselines/b.json", "baseline", Now, TimeSpan.Zero);
        Directory.CreateDirectory(Path.Combine(_repo.Artifacts, "reports"));
        Directory.CreateSymbolicLink(Path.Combine(_repo.Artifacts, "reports", "link-to-repo"), _repo.Root);
        File.CreateSymbolicLink(Path.Combine(_repo.Artifacts, "reports", "link-to-secret.txt"), secret);
        WriteManifest((listed, Encoding.UTF8.GetBytes(listed.Contains("baselines", StringComparison.Ordinal) ? "baseline" : "secret")));

        var (code, _, error) = Compress();

        Assert.Equal(2, code);
        Assert.Contains("outside artifacts/ or behind a symbolic link", error, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public void Without_a_manifest_compression_fails_naming_it()
    {
        var (code, _, error) = Compress();

        Assert.Equal(2, code);
        Assert.Contains("artifact-manifest.json", error, StringComparison.Ordinal);
        Assert.Contains("run the Benchmarks target first", error, StringComparison.Ordinal);
    }

    [Fact]
    public void After_benchmarks_compresses_only_when_asked()
    {
        WriteRun(RunFiles);
        using var sink = new StringWriter();

        Assert.Equal(0, ArtifactLifecycle.AfterBenchmarks(new BuildPaths(_repo.Root), new BuildOptions(), sink, sink));
        Assert.False(File.Exists(ZipPath));
        Assert.Equal(0, ArtifactLifecycle.AfterBenchmarks(new BuildPaths(_repo.Root), new BuildOptions { CompressArtifacts = true }, sink, sink));
        Assert.True(File.Exists(ZipPath));
    }

    [Theory]
    [InlineData("""{ "run_id": "../x", "files": [] }""", "run_id")]
    [InlineData("""{ "run_id": "r", "files": [ { "path": "a", "size": 1, "sha256": "zz" } ] }""", "sha256")]
    [InlineData("""{ "run_id": "r", "files": [ { "path": "a", "size": -1, "sha256": "0000000000000000000000000000000000000000000000000000000000000000" } ] }""", "size")]
    [InlineData("""{ "run_id": "r" }""", "'files'")]
    [InlineData("[", "not valid JSON")]
    public void Malformed_manifests_are_refused(string json, string expected)
    {
        var e = Assert.Throws<GateInputException>(() => RunManifestReader.Parse(json, "m.json"));

        Assert.Equal("m.json", e.File);
        Assert.Contains(expected, e.Problem, StringComparison.Ordinal);
    }
}
