using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Comptoir.Web.Tests.LayoutPages.LayoutPageHelpers;

namespace Comptoir.Web.Tests.LayoutPages;

/// <summary>Only administrators reach the layout pages, and what they type there is shown as text everywhere.</summary>
public sealed class LayoutPagesSafetyTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";
    private const string ScriptEncoded = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private const string ImageEncoded = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    [Theory, ClassData(typeof(Databases))]
    public async Task A_user_who_is_not_an_administrator_is_refused_every_layout_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("cmartin", "Claire Martin");
        var claire = await app.SignedInClientAsync("cmartin", ApiHelpers.UserPassword);
        var admin = await app.SignedInClientAsync();
        var token = HttpClientFormExtensions.AntiforgeryToken(await claire.GetStringAsync("/accounts/new"));

        foreach (var url in new[]
        {
            "/settings/layout", LayoutUrl, $"{LayoutUrl}/fields/new", $"{LayoutUrl}/fields/phone", $"{LayoutUrl}/fields/phone/delete",
            $"{LayoutUrl}/blocks/details", $"{LayoutUrl}/blocks/details/delete", "/settings/picklists",
        })
            Assert.Equal(HttpStatusCode.Forbidden, (await claire.GetAsync(url)).StatusCode);

        var post = await claire.PostAsync($"{LayoutUrl}/fields/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["type"] = "text", ["label"] = "Espion", ["block"] = "details", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var move = await claire.PostAsync($"{LayoutUrl}?handler=MoveField", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = "phone", ["direction"] = "down", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);

        var layout = await admin.GetStringAsync(LayoutUrl);
        Assert.DoesNotContain("cf_espion", layout, StringComparison.Ordinal);
        Assert.Contains("Aucune modification pour l'instant.", WebUtility.HtmlDecode(layout), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/settings/layout\"", await claire.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("href=\"/settings/layout\"", await admin.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Labels_help_texts_block_names_and_values_typed_on_the_pages_are_shown_encoded_everywhere(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        await admin.PostFormAsync($"{LayoutUrl}?handler=AddBlock", new() { ["blockLabel"] = Script, ["blockLabelEn"] = Image }, LayoutUrl);
        var page = await admin.GetStringAsync(LayoutUrl);
        var block = System.Text.RegularExpressions.Regex.Match(page, "data-block-key=\"(bloc_[a-z0-9_]+)\"").Groups[1].Value;
        Assert.NotEmpty(block);
        await admin.AddFieldAsync(new()
        {
            ["label"] = Script, ["help"] = Image, ["block"] = block, ["listColumn"] = "true", ["summary"] = "true",
        });
        await admin.AddFieldAsync(new()
        {
            ["type"] = "picklist", ["label"] = Image, ["values"] = $"{Script}\n{Image}", ["block"] = block, ["listColumn"] = "true",
        });
        var metadata = (await (await (await app.ApiClientAsync()).GetAsync("/api/v1/metadata/accounts")).JsonAsync())["fields"]!.AsArray();
        var text = metadata.Single(f => f!["label"]!.GetValue<string>() == Script)!["key"]!.GetValue<string>();
        var list = metadata.Single(f => f!["label"]!.GetValue<string>() == Image)!;
        var imageCode = list["values"]!.AsArray().Single(v => v!["label"]!.GetValue<string>() == Image)!["code"]!.GetValue<string>();
        string[] fields = [text, list["key"]!.GetValue<string>()];

        var created = await admin.CreateAsync(new() { ["name"] = "Boulangerie Martin", [fields[0]] = "valeur", [fields[1]] = imageCode });
        Assert.Matches("^/accounts/\\d+$", created.PathOf());
        var id = created.PathOf()["/accounts/".Length..];

        foreach (var url in new[] { LayoutUrl, $"{LayoutUrl}/fields/{fields[0]}", $"{LayoutUrl}/blocks/{block}", "/settings/picklists", "/accounts/new", "/accounts", $"/accounts/{id}", $"/accounts/{id}/details", $"/accounts/{id}/edit" })
        {
            var html = await admin.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(url is "/accounts" or "/settings/picklists" ? ImageEncoded : ScriptEncoded, html, StringComparison.Ordinal);
        }
        Assert.Contains(ImageEncoded, await admin.GetStringAsync("/accounts/new"), StringComparison.Ordinal);   // help text and picklist value
        Assert.Contains(ImageEncoded, await admin.GetStringAsync($"/accounts/{id}/details"), StringComparison.Ordinal); // picklist value shown
        Assert.Contains(ScriptEncoded, await admin.GetStringAsync("/accounts"), StringComparison.Ordinal);       // list column header
    }
}
