using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Contracts.Tests.Interleaving;

public sealed class InterleavedRunFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string json) => _dir.Write("result.json", json);

    private const string Valid = """
        { "schema_version": 1, "cases": [
          { "full_name": "N.T.M(Size: \"small\")", "a": { "samples_ns": [10, 11], "allocated_bytes_per_op": 64 }, "b": { "samples_ns": [12, 13], "allocated_bytes_per_op": 64 }, "jit_settled": true, "errors": {} },
          { "full_name": "N.T.K", "a": null, "b": null, "jit_settled": false, "errors": { "A": "setup failed: x", "B": "setup failed: x" } } ] }
        """;

    [Fact]
    public void Reads_both_sides_and_recorded_failures()
    {
        var cases = InterleavedRunFile.ReadCases(Write(Valid));

        Assert.Equal([10.0, 11.0], cases[0].A!.SamplesNs);
        Assert.Equal(64, cases[0].B!.AllocatedBytesPerOp);
        Assert.True(cases[0].JitSettled);
        Assert.Null(cases[1].A);
        Assert.Equal("setup failed: x", cases[1].Errors["B"]);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{ "schema_version": 2, "cases": [] }""", "schema_version must be 1")]
    [InlineData("""{ "schema_version": 1, "cases": [] }""", "no cases")]
    [InlineData("""{ "schema_version": 1, "cases": [ { "a": null } ] }""", "case #1 has no full_name")]
    [InlineData("""{ "schema_version": 1, "cases": [ { "full_name": "X", "a": { "samples_ns": [1, -2], "allocated_bytes_per_op": 0 } } ] }""", "X: samples_ns must be a non-empty list of positive numbers")]
    [InlineData("""{ "schema_version": 1, "cases": [ { "full_name": "X", "a": { "samples_ns": [1], "allocated_bytes_per_op": "lots" } } ] }""", "X: allocated_bytes_per_op must be a number >= 0")]
    [InlineData("""{ "schema_version": 1, "cases": [ { "full_name": "X", "a": { "samples_ns": [1], "allocated_bytes_per_op": 0 }, "b": { "samples_ns": [1, 2], "allocated_bytes_per_op": 0 } } ] }""", "interleaved pairs must match")]
    public void Malformed_results_fail_closed_naming_the_file(string json, string expected)
    {
        var path = Write(json);

        var e = Assert.Throws<GateInputException>(() => InterleavedRunFile.ReadCases(path));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_executor_writes_is_what_the_gate_reads()
    {
        var written = new InterleavedRun(
            InterleavedRun.CurrentSchemaVersion, "a.dll", "b.dll", ".NET 10", new InterleavingSettings(),
            [
                new InterleavedCase("N.T.M", new InterleavedSide([10.5, 11], 64), new InterleavedSide([12, 13.25], 0), 4096, 1500.5, true, new Dictionary<string, string>()),
                new InterleavedCase("N.T.K", null, null, 0, 0, false, new Dictionary<string, string> { ["A"] = "setup failed" }),
            ]);

        var read = InterleavedRunFile.ReadCases(Write(InterleavedRunFile.Serialize(written)));

        Assert.Equal(written.Cases.Count, read.Count);
        foreach (var (w, r) in written.Cases.Zip(read))
        {
            Assert.Equal((w.FullName, w.OperationsPerBatch, w.WarmupMilliseconds, w.JitSettled), (r.FullName, r.OperationsPerBatch, r.WarmupMilliseconds, r.JitSettled));
            Assert.Equal(w.A?.SamplesNs, r.A?.SamplesNs);
            Assert.Equal(w.B?.AllocatedBytesPerOp, r.B?.AllocatedBytesPerOp);
            Assert.Equal(w.Errors, r.Errors);
        }
    }

    [Fact]
    public void A_missing_result_is_an_input_error()
    {
        Assert.Contains("not found", Assert.Throws<GateInputException>(() => InterleavedRunFile.ReadCases(_dir.Combine("none.json"))).Message, StringComparison.Ordinal);
    }
}
