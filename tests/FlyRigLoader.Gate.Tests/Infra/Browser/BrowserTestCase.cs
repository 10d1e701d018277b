using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>A test case that provisions Chromium just before it runs and reports itself skipped, with why, if it cannot.</summary>
public sealed class BrowserTestCase : XunitTestCase
{
    /// <summary>For xunit's deserializer only.</summary>
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public BrowserTestCase()
    {
    }

    /// <summary>Creates the test case for one method.</summary>
    public BrowserTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    /// <inheritdoc/>
    public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        if (string.IsNullOrEmpty(SkipReason))
        {
            // Off the test thread: a first-run install blocks for a minute or two.
            var chromium = await Task.Run(ChromiumProvisioner.Ensure);
            if (!chromium.Available)
            {
                return await new XunitTestCaseRunner(this, DisplayName, "Chromium cannot be provisioned here: " + chromium.UnavailableReason, constructorArguments, TestMethodArguments, messageBus, aggregator, cancellationTokenSource).RunAsync();
            }
        }

        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
    }
}
