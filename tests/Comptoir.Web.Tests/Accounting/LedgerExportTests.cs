using System.Net;
using System.Net.Http.Json;
using System.Text;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Comptoir.Web.Tests.Accounting;

public sealed class LedgerExportTests
{
    private const string Header = "Code;Libellé;Compte collectif;SIRET;TVA intracommunautaire;Adresse;Code postal;Ville;Pays";

    [Theory, ClassData(typeof(Databases))]
    public async Task Exports_one_semicolon_line_per_ledger_account_in_utf8_with_bom_and_the_customers_identity(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        await client.CreateAccountAsync(new
        {
            name = "Société Générale d'Équipement", siret = "732 829 320 00074",
            billingStreet = "8 rue de Londres", billingPostalCode = "75009", billingCity = "Paris", billingCountry = "France",
        });
        await client.CreateAccountAsync(new { name = "Dupont; \"Fils\"", billingCity = "Lyon" });
        var supplier = await client.PostJsonAsync(LedgerHelpers.LedgerAccounts,
            new { code = "401ACME", label = "=ACME", collectiveAccount = "401000", kind = "supplier" });
        Assert.Equal(HttpStatusCode.Created, supplier.StatusCode);

        var response = await client.GetAsync($"{LedgerHelpers.LedgerAccounts}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(
            Header + "\r\n"
            + "411SOCIETEG;Société Générale d'Équipement;411000;73282932000074;FR44732829320;8 rue de Londres;75009;Paris;France\r\n"
            + "411DUPONTFI;\"Dupont; \"\"Fils\"\"\";411000;;;;;Lyon;\r\n"
            + "401ACME;\"'=ACME\";401000;;;;;;\r\n", // a formula-like label is defused
            text);
        var english = await app.ApiClientAsync(language: "en");
        var forEnglish = await (await english.GetAsync($"{LedgerHelpers.LedgerAccounts}/export")).Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, forEnglish); // import profiles match the French headers, whatever the user's language
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Signed_in_users_download_the_same_file_and_others_are_sent_to_sign_in(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Martin", siret = "732 829 320 00074" });

        var browser = await app.SignedInClientAsync();
        var response = await browser.GetAsync("/ledger-accounts/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal("comptes-comptables.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var fromPage = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(await (await api.GetAsync($"{LedgerHelpers.LedgerAccounts}/export")).Content.ReadAsByteArrayAsync(), fromPage);
        Assert.Contains(";73282932000074;", Encoding.UTF8.GetString(fromPage), StringComparison.Ordinal);

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync("/ledger-accounts/export.csv");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{LedgerHelpers.LedgerAccounts}/export")).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Private_accounts_lend_their_identity_only_to_users_who_may_see_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        await app.CreateUserAsync("cmartin", "Claire Martin");
        var claire = await app.ApiClientAsync("cmartin", ApiHelpers.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/settings/sharing", new { accountsPrivate = true })).StatusCode);
        await admin.CreateAccountAsync(new { name = "Martin", siret = "732 829 320 00074", billingCity = "Paris" });

        var forAdmin = await (await admin.GetAsync($"{LedgerHelpers.LedgerAccounts}/export")).Content.ReadAsStringAsync();
        var forClaire = await (await claire.GetAsync($"{LedgerHelpers.LedgerAccounts}/export")).Content.ReadAsStringAsync();

        Assert.EndsWith("\r\n411MARTIN;Martin;411000;73282932000074;FR44732829320;;;Paris;\r\n", forAdmin, StringComparison.Ordinal);
        // Nor its ledger account, whose label is the client's name.
        Assert.Equal(Header + "\r\n", forClaire.TrimStart('\uFEFF'));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Streams_many_ledger_accounts_across_batches_in_creation_order(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        for (var i = 0; i < 1_100; i += 20) // 20 at a time: the test PostgreSQL server is shared
        {
            var batch = Enumerable.Range(i, 20).Select(n => client.PostJsonAsync(LedgerHelpers.LedgerAccounts,
                new { code = $"411X{n:00000}", label = $"Client {n}" }));
            Assert.All(await Task.WhenAll(batch), r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        }

        var text = await (await client.GetAsync($"{LedgerHelpers.LedgerAccounts}/export")).Content.ReadAsStringAsync();

        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1_101, lines.Length);
        Assert.Equal(1_100, lines.Skip(1).Select(l => l.Split(';')[0]).Distinct().Count());
    }
}
