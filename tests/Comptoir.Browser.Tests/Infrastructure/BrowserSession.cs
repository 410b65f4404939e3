using Microsoft.Playwright;

namespace Comptoir.Browser.Tests.Infrastructure;

/// <summary>
/// One test's page. A failing step leaves a full-page screenshot whose path is in the failure
/// message; script errors and CSP violations seen by the page fail the test too.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public static readonly string ScreensDirectory = Path.Combine(Path.GetTempPath(), "comptoir-screens");
    private readonly IBrowserContext _context;
    private readonly List<string> _scriptErrors = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => _scriptErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                _scriptErrors.Add(message.Text);
        };
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> OpenAsync(BrowserFixture fixture, bool signedIn = true, int width = 1280, int height = 800)
    {
        var context = await fixture.NewContextAsync(signedIn, width, height);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>Runs the test's steps; on failure, saves a screenshot and says where.</summary>
    public async Task RunAsync(string name, Func<IPage, Task> steps)
    {
        try
        {
            await steps(Page);
            if (_scriptErrors.Count > 0)
                throw new InvalidOperationException("The page reported script errors:\n" + string.Join("\n", _scriptErrors));
        }
        catch (Exception e)
        {
            string path;
            try { path = await ScreenshotAsync($"FAILED-{name}"); }
            catch (PlaywrightException shot) { path = "(none: " + shot.Message + ")"; }
            throw new Xunit.Sdk.XunitException($"{e.Message}\nPage: {Page.Url}\nScreenshot: {path}", e);
        }
    }

    /// <summary>A full-page PNG under <see cref="ScreensDirectory"/>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreensDirectory);
        var path = Path.Combine(ScreensDirectory, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
