using FlyRigLoader.Gate.Regression.Interleaved;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression.Interleaved;

public sealed class InterleavedResultReaderTests : IDisposable
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
        var cases = InterleavedResultReader.Read(Write(Valid));

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

        var e = Assert.Throws<GateInputException>(() => InterleavedResultReader.Read(path));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_result_is_an_input_error()
    {
        Assert.Contains("not found", Assert.Throws<GateInputException>(() => InterleavedResultReader.Read(_dir.Combine("none.json"))).Message, StringComparison.Ordinal);
    }
}
