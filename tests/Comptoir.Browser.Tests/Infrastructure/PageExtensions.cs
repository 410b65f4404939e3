using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Comptoir.Browser.Tests.Infrastructure;

/// <summary>Finds things the way a user names them: labels, button texts, menu entries.</summary>
public static partial class PageExtensions
{
    /// <summary>
    /// The form control labelled exactly <paramref name="label"/>, ignoring the mandatory mark « * (obligatoire) »
    /// (a regular expression sees the label's raw text, surrounding whitespace included).
    /// </summary>
    public static ILocator Field(this IPage page, string label) =>
        page.GetByLabel(new Regex(@"^\s*" + Regex.Escape(label) + @"(\s*\*)?(\s*\(obligatoire\))?\s*$"));

    /// <summary>
    /// The button named exactly <paramref name="name"/>; the first when there are several, as on a long form,
    /// which has « Enregistrer » both above its first field and below its last.
    /// </summary>
    public static ILocator Button(this IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).First;

    /// <summary>A tab of the record page, whether drawn as a link or as an ARIA tab.</summary>
    public static ILocator Tab(this IPage page, string name) =>
        page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true })
            .Or(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));

    /// <summary>The value shown next to <paramref name="label"/> in a definition list.</summary>
    public static ILocator ValueOf(this IPage page, string label) =>
        page.Locator($"xpath=//dt[normalize-space()=\"{label}\"]/following-sibling::dd[1]");

    /// <summary>Opens « <paramref name="menu"/> » › « <paramref name="entry"/> » in the main menu.</summary>
    public static async Task OpenMenuAsync(this IPage page, string menu, string entry)
    {
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        var toggler = nav.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le menu" });
        if (await toggler.IsVisibleAsync()) await toggler.ClickAsync();
        await nav.GetByRole(AriaRole.Button, new() { Name = menu, Exact = true }).ClickAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }).ClickAsync();
    }

    public static async Task SearchListAsync(this IPage page, string text)
    {
        var box = page.GetByLabel("Rechercher", new() { Exact = true });
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>The list's body row mentioning <paramref name="text"/>.</summary>
    public static ILocator RowWith(this IPage page, string text) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });
}
