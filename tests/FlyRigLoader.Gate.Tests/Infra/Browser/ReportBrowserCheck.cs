using System.Text.Json;
using FlyRigLoader.Gate.TestKit;
using PuppeteerSharp;

namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>
/// Opens a report HTML file in headless Chromium as a reviewer would, and records what went wrong: console errors,
/// uncaught exceptions, network requests (blocked, so nothing leaves the machine), and each chart image's decoded size.
/// Saves a full-page screenshot.
/// </summary>
public static class ReportBrowserCheck
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    // Waits for every chart to decode (a broken one rejects, which is what we want to see as 0x0), then reads its size
    // and counts the pixels that differ from its background (data: URIs are same-origin, so the canvas stays readable).
    private const string ChartsScript = """
        (async () => {
          const images = Array.from(document.querySelectorAll('img.chart'));
          await Promise.all(images.map(i => i.decode().catch(() => null)));
          const inked = img => {
            const w = Math.min(img.naturalWidth, 400), h = Math.min(img.naturalHeight, 400);
            if (!w || !h) return 0;
            try {
              const canvas = document.createElement('canvas');
              canvas.width = w; canvas.height = h;
              const g = canvas.getContext('2d');
              g.drawImage(img, 0, 0, w, h);
              const d = g.getImageData(0, 0, w, h).data;
              let n = 0;
              for (let k = 0; k < d.length; k += 4) {
                if (Math.abs(d[k] - d[0]) + Math.abs(d[k + 1] - d[1]) + Math.abs(d[k + 2] - d[2]) + Math.abs(d[k + 3] - d[3]) > 24) n++;
              }
              return n;
            } catch (e) {
              return -1;
            }
          };
          return JSON.stringify(images.map(i => ({
            alt: i.alt,
            source: (i.getAttribute('src') || '').slice(0, 40),
            complete: i.complete,
            naturalWidth: i.naturalWidth,
            naturalHeight: i.naturalHeight,
            inFigure: i.closest('figure') !== null,
            inkedPixels: inked(i),
          })));
        })()
        """;

    // Exercises the page's own script (the sortable table) the way a reviewer's first click would, twice to restore the order.
    private const string ClickHeadersScript = """
        (async () => {
          for (const table of document.querySelectorAll('table')) {
            for (const th of table.querySelectorAll('th')) { th.click(); th.click(); }
          }
          await new Promise(r => setTimeout(r, 50));
        })()
        """;

    /// <summary>Launches Debian's Chromium headless (sandbox off as root, where Chromium refuses it; /dev/shm not relied on).</summary>
    public static Task<IBrowser> LaunchAsync(ChromiumProvision chromium)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        if (!chromium.Available)
        {
            throw new InvalidOperationException("Chromium is unavailable: " + chromium.UnavailableReason);
        }

        // Container /dev/shm is often 64 MB, too small for Chromium's shared memory; --disable-dev-shm-usage uses /tmp.
        string[] args = ["--disable-dev-shm-usage", "--disable-gpu", "--font-render-hinting=none"];
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium.ExecutablePath,
            HeadlessMode = HeadlessMode.True,
            Timeout = 60_000,
            Args = chromium.RunsAsRoot ? ["--no-sandbox", .. args] : args,
            DefaultViewport = new ViewPortOptions { Width = 1280, Height = 900 },
        });
    }

    /// <summary>
    /// One call for a test: provisions Chromium (see <see cref="ChromiumProvisioner"/>; call it from a
    /// <see cref="BrowserFactAttribute"/> test so an unavailable browser skips), opens <paramref name="htmlPath"/>,
    /// and saves the screenshot as <c>artifacts/browser/&lt;html file name&gt;.png</c>.
    /// </summary>
    public static async Task<BrowserCheckResult> CheckAsync(string htmlPath)
    {
        var browser = await LaunchAsync(ChromiumProvisioner.Ensure());
        await using (browser)
        {
            return await CheckAsync(browser, htmlPath, ScreenshotPathFor(htmlPath));
        }
    }

    /// <summary>Where <see cref="CheckAsync(string)"/> saves the screenshot of a page.</summary>
    public static string ScreenshotPathFor(string htmlPath) =>
        Path.Combine(RepoRoot.Path, "artifacts", "browser", Path.GetFileNameWithoutExtension(htmlPath) + ".png");

    /// <summary>Opens <paramref name="htmlPath"/> in a new page of <paramref name="browser"/> and saves a full-page PNG at <paramref name="screenshotPath"/>.</summary>
    public static async Task<BrowserCheckResult> CheckAsync(IBrowser browser, string htmlPath, string screenshotPath)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var file = Path.GetFullPath(htmlPath);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException("report page to check in the browser not found: " + file, file);
        }

        var url = new Uri(file).AbsoluteUri;
        var consoleErrors = new List<string>();
        var pageErrors = new List<string>();
        var requests = new List<string>();
        var page = await browser.NewPageAsync();
        await using (page)
        {
            // Events arrive on the websocket's thread while this method awaits.
            page.Console += (_, e) =>
            {
                if (e.Message.Type == ConsoleType.Error)
                {
                    lock (consoleErrors)
                    {
                        consoleErrors.Add(e.Message.Text + (e.Message.Location is { URL: { } at } ? $" (at {Shorten(at)}:{e.Message.Location.LineNumber})" : ""));
                    }
                }
            };
            page.PageError += (_, e) =>
            {
                lock (pageErrors)
                {
                    pageErrors.Add(e.Message);
                }
            };
            await page.SetRequestInterceptionAsync(true);
            page.AddRequestInterceptor(request =>
            {
                if (IsOwn(request.Url, url))
                {
                    return request.ContinueAsync(null, 0);
                }

                lock (requests)
                {
                    requests.Add(Shorten(request.Url));
                }

                // Blocked, not sent: the check must not depend on (or leak to) the network, and a hung fetch must not stall the load.
                return request.AbortAsync(RequestAbortErrorCode.BlockedByClient, 0);
            });

            string? loadError = null;
            try
            {
                await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 30_000 });
            }
            catch (PuppeteerException e)
            {
                loadError = e.Message;
            }

            if (loadError is not null)
            {
                return new BrowserCheckResult(url, loadError, "", Snapshot(consoleErrors), Snapshot(pageErrors), Snapshot(requests), [], Path.GetFullPath(screenshotPath));
            }

            var charts = JsonSerializer.Deserialize<List<ChartImage>>(await page.EvaluateExpressionAsync<string>(ChartsScript), Json) ?? [];
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshotPath))!);
            await page.ScreenshotAsync(screenshotPath, new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
            await page.EvaluateExpressionAsync(ClickHeadersScript);
            var title = await page.GetTitleAsync();
            return new BrowserCheckResult(url, null, title, Snapshot(consoleErrors), Snapshot(pageErrors), Snapshot(requests), charts, Path.GetFullPath(screenshotPath));
        }
    }

    private static List<string> Snapshot(List<string> events)
    {
        lock (events)
        {
            return [.. events];
        }
    }

    private static bool IsOwn(string requestUrl, string pageUrl) =>
        requestUrl.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || string.Equals(requestUrl.Split('#')[0], pageUrl, StringComparison.Ordinal);

    // A data URI or a long query would drown the message.
    private static string Shorten(string url) => url.Length <= 120 ? url : url[..120] + "…";
}
