using PuppeteerSharp;

namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>One Chromium for all browser tests of a run, launched on first use (skipped tests never start it).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly Lazy<Task<IBrowser>> _browser = new(() => ReportBrowserCheck.LaunchAsync(ChromiumProvisioner.Ensure()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Opens <paramref name="htmlPath"/> in the shared browser; see <see cref="ReportBrowserCheck"/>.</summary>
    public async Task<BrowserCheckResult> CheckAsync(string htmlPath, string screenshotPath) =>
        await ReportBrowserCheck.CheckAsync(await _browser.Value, htmlPath, screenshotPath);

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser.IsValueCreated && _browser.Value.IsCompletedSuccessfully)
        {
            var launched = await _browser.Value;
            await launched.CloseAsync();
            await launched.DisposeAsync();
        }
    }
}
