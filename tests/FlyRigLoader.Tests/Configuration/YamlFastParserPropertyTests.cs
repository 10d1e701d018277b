using CsCheck;
using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>
/// Differential properties over random documents: wherever the fast parser accepts a text, YamlDotNet accepts it too and
/// builds the identical tree; wherever YamlDotNet rejects a text, the fast parser has fallen back.
/// </summary>
public sealed class YamlFastParserPropertyTests
{
    [Fact]
    public void Random_documents_fast_tree_equals_reference_tree()
    {
        var fast = 0;
        var total = 0;
        Gen.Int.Sample(seed =>
        {
            var yaml = RandomYaml.Document(seed);
            YamlFastParserTests.AssertSameTree(yaml, expectFast: null);
            total++;
            fast += YamlFastParser.TryParse(yaml) is null ? 0 : 1;
        }, iter: 1500, threads: 1);

        // Most generated documents are inside the subset; if the fast path stopped taking them, these tests would prove nothing.
        Assert.True(fast * 2 > total, $"only {fast} of {total} random documents took the fast path");
    }

    [Fact]
    public void Mutated_documents_fast_path_never_accepts_what_yaml_dot_net_rejects() =>
        Gen.Select(Gen.Int, Gen.Int).Sample(
            (seed, mutation) => YamlFastParserTests.AssertSameTree(RandomYaml.Mutate(RandomYaml.Document(seed), mutation), expectFast: null),
            iter: 8000);
}
