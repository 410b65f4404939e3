using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.LayoutPages;

/// <summary>Drives the layout manager's pages like a browser: read the form, change some inputs, post it back.</summary>
internal static class LayoutPageHelpers
{
    public const string LayoutUrl = "/settings/layout/accounts";

    /// <summary>Posts the page's form with what it shows, changed by <paramref name="changes"/> (null: the input is left out, as an unticked box).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, Dictionary<string, string?> changes)
    {
        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync(url));
        foreach (var (key, value) in changes)
        {
            if (value is null) fields.Remove(key);
            else fields[key] = value;
        }
        return await client.PostFormAsync(url, fields);
    }

    /// <summary>« Ajouter un champ » with a text field in « Détails du compte » unless told otherwise.</summary>
    public static async Task<HttpResponseMessage> AddFieldAsync(this HttpClient client, Dictionary<string, string?> fields)
    {
        var all = new Dictionary<string, string?> { ["type"] = "text", ["block"] = "details" };
        foreach (var (key, value) in fields) all[key] = value;
        var response = await client.SubmitAsync($"{LayoutUrl}/fields/new", all);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>A move button of the layout page (Monter, Descendre, Déplacer vers le bloc…).</summary>
    public static Task<HttpResponseMessage> MoveFieldAsync(this HttpClient client, string key, Dictionary<string, string> how) =>
        client.PostFormAsync($"{LayoutUrl}?handler=MoveField", new Dictionary<string, string>(how) { ["key"] = key }, LayoutUrl);

    public static Task<HttpResponseMessage> MoveBlockAsync(this HttpClient client, string key, string direction) =>
        client.PostFormAsync($"{LayoutUrl}?handler=MoveBlock", new() { ["key"] = key, ["direction"] = direction }, LayoutUrl);

    /// <summary>Where an input named <paramref name="name"/> sits in the page: the form's order, compared by index.</summary>
    public static int At(string html, string name)
    {
        var at = html.IndexOf($"name=\"{name}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no input named {name}");
        return at;
    }

    /// <summary>The text between a block's fieldset on the account form and the end of that fieldset.</summary>
    public static string FormBlock(string html, string block)
    {
        var start = html.IndexOf($"id=\"block-{block}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no block {block} on the form");
        return html[start..html.IndexOf("</fieldset>", start, StringComparison.Ordinal)];
    }

    public static string PathOf(this HttpResponseMessage response) => response.RequestMessage!.RequestUri!.AbsolutePath;
}
