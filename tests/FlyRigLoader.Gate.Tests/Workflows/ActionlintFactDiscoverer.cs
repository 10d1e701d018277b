using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>Turns an <see cref="ActionlintFactAttribute"/> method into an <see cref="ActionlintTestCase"/>.</summary>
public sealed class ActionlintFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc/>
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        return [new ActionlintTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
    }
}
