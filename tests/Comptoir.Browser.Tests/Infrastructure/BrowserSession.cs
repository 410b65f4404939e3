using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Comptoir.Browser.Tests.Infrastructure;

/// <summary>
/// One test's page. A failing step leaves a full-page screenshot whose path is in the failure
/// message. Whatever the page reports fails the test too: a script error, a console error, a
/// Content-Security-Policy violation, or a request to the application answering 400 or more,
/// unless the test said it expects that status (<see cref="ExpectStatus"/>).
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    public static readonly string ScreensDirectory = Path.Combine(Path.GetTempPath(), "comptoir-screens");

    // The browser reports a violation on the document; the listener hands it to the test through an exposed function.
    private const string ViolationListener = """
        document.addEventListener('securitypolicyviolation', e => window.comptoirPolicyViolation(
            `${e.violatedDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`), true);
        """;

    private readonly IBrowserContext _context;
    private readonly Uri _origin;
    private readonly List<string> _problems = [];
    private readonly List<(int Status, string Path)> _expected = [];

    private BrowserSession(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        _origin = origin;
        Page = page;
        page.PageError += (_, error) => Report("script error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            // « Failed to load resource: … status of 404 » names the resource in its location: an expected status is no problem.
            if (FailedLoad().Match(message.Text) is { Success: true } failed && IsExpected(int.Parse(failed.Groups[1].Value), message.Location)) return;
            Report($"console error: {message.Text} ({message.Location})");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && IsOurs(response.Url) && !IsExpected(response.Status, response.Url))
                Report($"HTTP {response.Status} on {response.Request.Method} {response.Url}");
        };
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> OpenAsync(BrowserFixture fixture, bool signedIn = true, int width = 1280, int height = 800)
    {
        var context = await fixture.NewContextAsync(signedIn, width, height);
        BrowserSession? session = null;
        // Before the page exists, so that its first document already listens.
        await context.ExposeFunctionAsync("comptoirPolicyViolation", (string violation) => session?.Report("Content-Security-Policy: " + violation));
        await context.AddInitScriptAsync(ViolationListener);
        session = new BrowserSession(context, await context.NewPageAsync(), fixture.App.BaseAddress);
        return session;
    }

    /// <summary>
    /// Requests to the application under <paramref name="path"/> may answer <paramref name="status"/> in this
    /// test (a refused quick-create answers 422 by design): neither that response nor the console's report of it fails the test.
    /// </summary>
    public void ExpectStatus(int status, string path)
    {
        lock (_problems) _expected.Add((status, path));
    }

    /// <summary>Runs the test's steps; on failure, saves a screenshot and says where.</summary>
    public async Task RunAsync(string name, Func<IPage, Task> steps)
    {
        try
        {
            await steps(Page);
            await SettleAsync();
            string[] problems;
            lock (_problems) problems = [.. _problems];
            if (problems.Length > 0)
                throw new InvalidOperationException("The page reported problems:\n" + string.Join("\n", problems));
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

    /// <summary>
    /// Lets the page deliver what it saw last: a violation is reported from a task of its own, which
    /// runs before a timer set after it; a page already gone has nothing left to say.
    /// </summary>
    private async Task SettleAsync()
    {
        try { await Page.EvaluateAsync("() => new Promise(done => setTimeout(done))"); }
        catch (PlaywrightException) { }
    }

    private void Report(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    private bool IsOurs(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Uri.Compare(uri, _origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private bool IsExpected(int status, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        lock (_problems) return _expected.Any(e => e.Status == status && uri.AbsolutePath.StartsWith(e.Path, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^Failed to load resource: the server responded with a status of (\d{3})")]
    private static partial Regex FailedLoad();
}
