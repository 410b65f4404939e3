using Microsoft.Playwright;

namespace Comptoir.Browser.Tests.Infrastructure;

/// <summary>
/// One application and one headless Chromium per test class; the administrator logs in once
/// and every test gets a fresh browser context carrying that session.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const float Timeout = 10_000;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _signedInState;

    public KestrelApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new KestrelApp();
        Assertions.SetDefaultExpectTimeout(Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            // Debian's Chromium: Playwright's own download is not available here.
            ExecutablePath = Environment.GetEnvironmentVariable("COMPTOIR_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });

        await using var context = await NewContextAsync(signedIn: false);
        var page = await context.NewPageAsync();
        // The application's first page warms it up (JIT, first queries): on a busy machine that alone can pass the 10 s default.
        await page.GotoAsync("/login", new() { Timeout = 60_000 });
        await page.GetByLabel("Identifiant").FillAsync("admin");
        await page.GetByLabel("Mot de passe").FillAsync(KestrelApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        _signedInState = await context.StorageStateAsync();
    }

    /// <summary>A fresh French-speaking browser context, signed in as admin unless asked otherwise.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool signedIn = true, int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "fr-FR",
            StorageState = signedIn ? _signedInState : null,
        });
        context.SetDefaultTimeout(Timeout);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
