using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>Turns a <see cref="BrowserFactAttribute"/> method into a <see cref="BrowserTestCase"/>.</summary>
public sealed class BrowserFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc/>
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        return [new BrowserTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
    }
}
