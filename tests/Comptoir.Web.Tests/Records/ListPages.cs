using System.Net;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Accounts;

namespace Comptoir.Web.Tests.Records;

/// <summary>
/// Reads a list page (« Comptes clients », « Contacts », the generic lists) as a user does: its rows, the
/// number of results and the pager's links; and walks its pages forwards, then back.
/// </summary>
internal static partial class ListPages
{
    public const string Next = "Page suivante", Previous = "Page précédente", First = "Première page";

    /// <summary>A page as served: its address, its html and the ids of its rows, in order.</summary>
    public sealed record Page(string Url, string Html, List<long> Ids);

    /// <summary>The ids of the records the rows link to (under <paramref name="path"/>, e.g. "/accounts"), in order.</summary>
    public static List<long> RowIds(string html, string path) =>
        Regex.Matches(html, $"<th scope=\"row\"[^>]*><a href=\"{Regex.Escape(path)}/(\\d+)\"")
            .Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The number of results as the page words it (« 42 résultats »).</summary>
    public static string? Count(string html) =>
        CountLine().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;

    public static string? Link(string html, string text) => AccountPageHelpers.LinkHref(html, text);

    public static async Task<Page> GetAsync(this HttpClient client, string url, string path)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(url, html, RowIds(html, path));
    }

    /// <summary>
    /// Every page from <paramref name="url"/> by « Page suivante »; then back from the last by « Page
    /// précédente », each page read backwards holding exactly the rows it held read forwards. The first
    /// page offers neither « Page précédente » nor « Première page », every other page both.
    /// </summary>
    public static async Task<List<Page>> WalkBothWaysAsync(this HttpClient client, string url, string path)
    {
        var pages = new List<Page> { await client.GetAsync(url, path) };
        while (Link(pages[^1].Html, Next) is { } next)
        {
            pages.Add(await client.GetAsync(next, path));
            Assert.True(pages.Count < 50, "« Page suivante » never ends");
        }
        Assert.Null(Link(pages[0].Html, Previous));
        Assert.Null(Link(pages[0].Html, First));

        for (var i = pages.Count - 1; i > 0; i--)
        {
            Assert.NotNull(Link(pages[i].Html, First));
            var back = await client.GetAsync(Link(pages[i].Html, Previous) ?? throw new Xunit.Sdk.XunitException($"page {i + 1} has no « {Previous} »"), path);
            Assert.Equal(pages[i - 1].Ids, back.Ids);
            Assert.Equal(i == 1, Link(back.Html, Previous) is null);
            // Read backwards, a page leads forwards again to the page it was reached from.
            Assert.Equal(pages[i].Ids, (await client.GetAsync(Link(back.Html, Next)!, path)).Ids);
        }
        return pages;
    }

    /// <summary>The number the French pages print: 10 000 with the culture's group separator.</summary>
    public static string French(int n) => n.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr"));

    [GeneratedRegex("<p [^>]*id=\"list-count\"[^>]*>([^<]*)</p>")]
    private static partial Regex CountLine();
}
