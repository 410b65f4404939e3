using System.Net;
using System.Text.RegularExpressions;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Accounts;

/// <summary>Drives the account pages like a browser, and seeds accounts quickly behind them.</summary>
internal static partial class AccountPageHelpers
{
    /// <summary>Posts the « Ajouter un compte client » form with « Assigné à » as the page pre-selected it.</summary>
    public static async Task<HttpResponseMessage> CreateAsync(this HttpClient client, Dictionary<string, string> fields)
    {
        var form = await client.GetStringAsync("/accounts/new");
        var all = new Dictionary<string, string> { ["assignedTo"] = SelectedOwner(form) };
        foreach (var (key, value) in fields) all[key] = value;
        return await client.PostFormAsync("/accounts/new", all);
    }

    public static long IdOf(HttpResponseMessage response) =>
        long.Parse(AccountUrl().Match(response.RequestMessage!.RequestUri!.AbsolutePath).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The page as a user reads it: entities (&amp;#x27; …) decoded.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static string? InputValue(string html, string key) =>
        Regex.Match(html, $"id=\"f-{key}\"[^>]*\\svalue=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The names linked from the list's rows, in order.</summary>
    public static List<string> RowNames(string html) =>
        RowLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

    /// <summary>The href of the first link whose text (icons and markup aside) contains <paramref name="text"/>.</summary>
    public static string? LinkHref(string html, string text) =>
        AnchorTag().Matches(html)
            .Where(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[2].Value, "<[^>]+>", "")).Contains(text, StringComparison.Ordinal))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).FirstOrDefault();

    /// <summary>Every field of the record form as a browser would post it back (inputs, checked boxes, textareas, selected options).</summary>
    public static Dictionary<string, string> FormFields(string html)
    {
        var form = html[html.IndexOf("<form method=\"post\" novalidate", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputTag().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name || name == "__RequestVerificationToken") continue;
            if (Attribute(tag, "type") == "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal)) continue;
            fields[name] = Attribute(tag, "value") ?? "";
        }
        foreach (Match area in TextareaTag().Matches(form)) fields[area.Groups[1].Value] = WebUtility.HtmlDecode(area.Groups[2].Value);
        foreach (Match select in SelectTag().Matches(form))
            fields[select.Groups[1].Value] = SelectedOption().Match(select.Value) is { Success: true } o ? WebUtility.HtmlDecode(o.Groups[1].Value) : "";
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>Creates an account straight through the store, as the administrator unless an owner is given.</summary>
    public static async Task<(long Id, string Number)> SeedAsync(this TestApp app, string name, Dictionary<string, string>? fields = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin");
        var input = new RecordInput();
        input.Set("name", name);
        foreach (var (key, value) in fields ?? []) input.Set(key, value);
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountStore>()
            .CreateAsync(new UserContext(admin.Id, admin.DisplayName, true, []), input, CancellationToken.None);
        Assert.True(outcome.Status == SaveStatus.Saved, string.Join("; ", outcome.Validation?.Errors.SelectMany(e => e.Value) ?? []));
        return (outcome.Record!.Id, outcome.Record.Number);
    }

    /// <summary>
    /// Inserts accounts straight through the DbContext, in one SaveChanges: thousands in a second or two,
    /// where the store's validation, numbering and history would take minutes. Returns their ids, in order.
    /// </summary>
    public static async Task<List<long>> BulkAsync(this TestApp app, IEnumerable<string> names)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var accounts = names.Select((name, i) => new Comptoir.Core.Accounts.Account
        {
            Number = $"T-{i + 1:000000}", Name = name, NameKey = SearchKey.Fold(name), Version = 1, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync();
        return accounts.ConvertAll(a => a.Id);
    }

    private static string SelectedOwner(string html) =>
        OwnerOption().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No owner pre-selected.");

    [GeneratedRegex("<option value=\"((?:user|team):\\d+)\" selected")]
    private static partial Regex OwnerOption();

    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"[^>]*>([\\s\\S]*?)</a>")]
    private static partial Regex AnchorTag();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea[^>]*\\sname=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextareaTag();

    [GeneratedRegex("<select[^>]*\\sname=\"([^\"]+)\"[\\s\\S]*?</select>")]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected")]
    private static partial Regex SelectedOption();

    [GeneratedRegex("^/accounts/(\\d+)$")]
    private static partial Regex AccountUrl();

    [GeneratedRegex("<th scope=\"row\"[^>]*><a href=\"/accounts/(\\d+)\">([^<]*)</a>")]
    private static partial Regex RowLink();
}
