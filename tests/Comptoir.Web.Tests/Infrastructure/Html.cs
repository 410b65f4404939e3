using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Comptoir.Web.Tests.Infrastructure;

/// <summary>
/// Pages read as a browser reads them: parsed by an HTML5 parser (entities decoded, attributes in any
/// order), then found by CSS selectors, instead of regexes that break when markup is reordered.
/// </summary>
public static partial class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IDocument> HtmlAsync(this HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());

    public static async Task<IDocument> GetHtmlAsync(this HttpClient client, string url) =>
        Parse(await client.GetStringAsync(url));

    /// <summary>The value a form would post for the control the selector finds (a select's chosen option, a textarea's text); null when there is none.</summary>
    public static string? ValueOf(this IDocument page, string selector) => page.QuerySelector(selector) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value,
        null => null,
        var other => other.GetAttribute("value"),
    };

    /// <summary>Whether the checkbox or radio the selector finds is checked when the page loads.</summary>
    public static bool IsChecked(this IDocument page, string selector) =>
        page.QuerySelector(selector) is IHtmlInputElement { IsChecked: true };

    /// <summary>The words of the element the selector finds, as a user reads them (each element's text apart, spaces collapsed); "" when there is none.</summary>
    public static string WordsOf(this IDocument page, string selector) =>
        page.QuerySelector(selector) is { } element ? Words(element) : "";

    public static string Words(INode node) =>
        Spaces().Replace(string.Join(" ", node.GetDescendants().OfType<IText>().Select(t => t.Data)), " ").Trim();

    /// <summary>The antiforgery token the page's forms post.</summary>
    public static string AntiforgeryToken(this IDocument page) =>
        page.ValueOf("input[name=__RequestVerificationToken]") is { Length: > 0 } token ? token
            : throw new InvalidOperationException("No antiforgery token in the page.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
