using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class InvocationCountsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "flyrig-counts-test-" + Guid.NewGuid().ToString("N"));

    private string File1 => Path.Combine(_root, "bdn", "invocation-counts.json");

    [Fact]
    public void An_absent_file_is_the_first_launch_with_no_counts_yet()
    {
        Assert.Empty(InvocationCounts.Read(File1));
    }

    [Fact]
    public void Saving_keeps_every_known_count_and_adds_the_new_cases_choices_through_a_temporary_file()
    {
        InvocationCounts.Save(File1, new Dictionary<string, long>(), new Dictionary<string, long> { ["A.M(Rows=10)"] = 4096, ["A.N"] = 1 });
        InvocationCounts.Save(File1, InvocationCounts.Read(File1), new Dictionary<string, long> { ["A.M(Rows=10)"] = 3000, ["B.M"] = 7 });

        var counts = InvocationCounts.Read(File1);
        Assert.Equal(4096, counts["A.M(Rows=10)"]);
        Assert.Equal(1, counts["A.N"]);
        Assert.Equal(7, counts["B.M"]);
        Assert.Equal(["invocation-counts.json"], Directory.GetFiles(Path.GetDirectoryName(File1)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("not json", "not an object of invocation counts per case")]
    [InlineData("[1, 2]", "not an object of invocation counts per case")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{\"A.M\": 0}", "invocation count of 'A.M' is 0; it must be at least 1")]
    [InlineData("{\"A.M\": 1.5}", "not an object of invocation counts per case")]
    public void A_bad_file_is_refused_naming_it(string text, string message)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File1)!);
        File.WriteAllText(File1, text);

        var e = Assert.Throws<FormatException>(() => InvocationCounts.Read(File1));

        Assert.StartsWith(File1 + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
