using System.Text;
using Comptoir.Browser.Tests.Infrastructure;

namespace Comptoir.Browser.Tests;

/// <summary>« Exporter » on the accounts list downloads what the list shows.</summary>
public sealed class ExportTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Exporter_downloads_the_filtered_list_as_csv_with_french_headers()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        await api.PostAsync("/api/v1/accounts", new { name = "Cave Export Lefèvre", accountType = "prospect" });
        await api.PostAsync("/api/v1/accounts", new { name = "Cave Export Dupont", accountType = "customer" });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("export-csv", async page =>
        {
            await page.GotoAsync("/accounts?q=Cave+Export&accountType=prospect");
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Exporter" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "CSV (point-virgule)" }).ClickAsync());

            Assert.Matches(@"^comptes-clients-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
            await using var file = await download.CreateReadStreamAsync();
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.ToArray()[..3]); // the BOM Excel needs to read UTF-8
            var lines = Encoding.UTF8.GetString(bytes.ToArray(), 3, (int)bytes.Length - 3).Split("\r\n");
            Assert.StartsWith("Nom compte;", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("Cave Export Lefèvre;", lines[1], StringComparison.Ordinal);
            Assert.Equal([""], lines[2..]); // one match, then the final CRLF
        });
    }
}
