namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>One <c>./build.sh</c> invocation found in a workflow step: its options as written (name → value, "" for a bare flag).</summary>
public sealed record BuildCall(string Workflow, string Job, string Step, IReadOnlyList<KeyValuePair<string, string>> Options)
{
    public string? Target => Options.LastOrDefault(o => o.Key is "target" or "t").Value;

    public override string ToString() => $"{Workflow} / {Job} / {Step}";
}
