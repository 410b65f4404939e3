using Comptoir.Browser.Tests.Infrastructure;

namespace Comptoir.Browser.Tests;

/// <summary>
/// The browser tests are the app's watch on its pages: what a user's browser would complain about
/// (a style the Content-Security-Policy refuses, a missing file) must fail the test that saw it.
/// </summary>
public sealed class BrowserSessionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_style_the_policy_refuses_fails_the_test()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => session.RunAsync("self-test-csp", async page =>
        {
            await page.GotoAsync("/accounts");
            await page.EvaluateAsync("() => document.body.setAttribute('style', 'color: red')");
        }));

        Assert.Contains("Content-Security-Policy: style-src-attr", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_fails_the_test_unless_the_test_expects_it()
    {
        await using var unexpected = await BrowserSession.OpenAsync(fixture);
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => unexpected.RunAsync("self-test-404", async page =>
        {
            await page.GotoAsync("/accounts");
            await page.EvaluateAsync("() => fetch('/images/nowhere.png')");
        }));
        Assert.Contains("HTTP 404 on GET", failure.Message, StringComparison.Ordinal);

        await using var expected = await BrowserSession.OpenAsync(fixture);
        expected.ExpectStatus(404, "/images/nowhere.png");
        await expected.RunAsync("self-test-404-expected", async page =>
        {
            await page.GotoAsync("/accounts");
            await page.EvaluateAsync("() => fetch('/images/nowhere.png')");
        });
    }
}
