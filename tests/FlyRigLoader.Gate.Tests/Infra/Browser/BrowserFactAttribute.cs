using Xunit.Sdk;

namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>
/// A fact that needs Chromium. When the test is about to run (not at discovery, so filtered runs never install),
/// <see cref="ChromiumProvisioner"/> finds or installs Debian's package; only where it cannot be installed is the
/// test reported skipped, with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("FlyRigLoader.Gate.Tests.Infra.Browser.BrowserFactDiscoverer", "FlyRigLoader.Gate.Tests")]
public sealed class BrowserFactAttribute : FactAttribute;
