using System.Globalization;
using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.MassActions;
using Comptoir.Web.Tests.RecycleBin;

namespace Comptoir.Web.Tests.Merge;

/// <summary>/{module}/merge: the records side by side, the record kept and each differing field chosen, through forms.</summary>
public sealed class MergePagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_page_shows_both_side_by_side_and_merges_with_the_values_chosen(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(
            new { name = "Imprimerie Leroy", phone = "01 42 68 53 00" },
            new { name = "Imprimerie Leroy SARL", phone = "04 72 00 00 01", email = "leroy@imprimerie.fr", website = "imprimerie-leroy.fr" });
        var contact = (await api.CreateContactAsync(new { lastName = "Typo", account = ids[1] })).Id();
        var pages = await app.SignedInClientAsync();
        var url = $"/accounts/merge?ids={ids[0]},{ids[1]}";
        var twinPhone = (await api.AccountAsync(ids[1]))["phone"]!.GetValue<string>();

        var page = await pages.GetHtmlAsync(url);
        Assert.Equal("Conservé", page.WordsOf($"th[data-record='{ids[0]}'] [data-merge-target]"));
        Assert.NotNull(page.QuerySelector($"a[data-merge-keep='{ids[1]}'][href='/accounts/merge?ids={ids[0]},{ids[1]}&target={ids[1]}']"));
        // A differing field is a choice, the record kept's value first; a blank of the record kept is filled by default.
        Assert.True(page.IsChecked($"#m-phone-{ids[0]}"));
        Assert.False(page.IsChecked($"#m-phone-{ids[1]}"));
        Assert.True(page.IsChecked($"#m-email-{ids[1]}"));
        Assert.Equal("(vide)", page.WordsOf($"label[for='m-email-{ids[0]}']"));
        // Its number and ledger account stay the record kept's: shown, not chosen.
        Assert.Null(page.QuerySelector($"#m-ledgerAccount-{ids[1]}"));
        Assert.Contains("reste celui de l'enregistrement conservé", page.WordsOf("tr[data-field='ledgerAccount']"), StringComparison.Ordinal);
        Assert.Contains("corbeille", page.WordsOf("#merge-notice"), StringComparison.Ordinal);

        // « Conserver celui-ci » on the second: it is the record kept now.
        var swapped = await pages.GetHtmlAsync(url + "&target=" + ids[1]);
        Assert.Equal("Conservé", swapped.WordsOf($"th[data-record='{ids[1]}'] [data-merge-target]"));
        Assert.True(swapped.IsChecked($"#m-phone-{ids[1]}"));

        var merged = await pages.PostFormAsync("/accounts/merge", new()
        {
            ["ids"] = $"{ids[0]},{ids[1]}", ["target"] = ids[0].ToString(CultureInfo.InvariantCulture),
            ["field.phone"] = ids[1].ToString(CultureInfo.InvariantCulture), ["field.email"] = ids[1].ToString(CultureInfo.InvariantCulture),
        }, url);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal($"/accounts/{ids[0]}", merged.RequestMessage!.RequestUri!.AbsolutePath);
        var shown = await merged.HtmlAsync();
        Assert.Contains("Fusion faite", shown.WordsOf("main"), StringComparison.Ordinal);
        var record = await api.AccountAsync(ids[0]);
        Assert.Equal("leroy@imprimerie.fr", record["email"]!.GetValue<string>());
        Assert.Equal(twinPhone, record["phone"]!.GetValue<string>());
        Assert.Equal(ids[0], (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact}")).LongOrNull("account"));

        var bin = await pages.GetHtmlAsync("/recycle-bin");
        Assert.Contains("Fusionné dans CPT-000001", bin.WordsOf($"tr[data-id='{ids[1]}']"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_lists_Fusionner_takes_the_ticked_rows_to_the_page_and_asks_for_two_at_least(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Un" }, new { name = "Deux" }, new { name = "Trois" });
        var pages = await app.SignedInClientAsync();
        var list = await pages.GetHtmlAsync("/accounts");
        Assert.NotNull(list.QuerySelector("#mass-actions button[formaction='/accounts/merge']"));

        var ticked = await pages.PostFormAsync("/accounts/merge", new() { ["ids"] = $"{ids[2]},{ids[0]}" }, "/accounts");
        Assert.Equal($"?ids={ids[0]},{ids[2]}", ticked.RequestMessage!.RequestUri!.Query);
        var page = await ticked.HtmlAsync();
        Assert.Equal(2, page.QuerySelectorAll("th[data-record]").Length);

        var one = await pages.PostFormAsync("/accounts/merge", new() { ["ids"] = ids[0].ToString(CultureInfo.InvariantCulture) }, "/accounts");
        Assert.Equal("/accounts", one.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Cochez de 2 à 5 lignes à fusionner.", (await one.HtmlAsync()).WordsOf("main"), StringComparison.Ordinal);

        // A record the page cannot find: a word, no form.
        var missing = await pages.GetHtmlAsync($"/accounts/merge?ids={ids[0]},999");
        Assert.NotNull(missing.QuerySelector("#merge-problem"));
        Assert.Null(missing.QuerySelector("#merge-form"));
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/products/merge?ids=1,2")).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_merge_refused_because_a_record_went_meanwhile_says_so_and_changes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Kappa", phone = "01 42 68 53 00" }, new { name = "Kappa SAS", phone = "04 72 00 00 01" });
        var pages = await app.SignedInClientAsync();
        var phone = (await api.AccountAsync(ids[0]))["phone"]!.GetValue<string>();
        // The other record went to the bin meanwhile (another tab): nothing is merged, the page says so.
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{ids[1]}")).StatusCode);

        var refused = await pages.PostFormAsync("/accounts/merge", new()
        {
            ["ids"] = $"{ids[0]},{ids[1]}", ["target"] = ids[0].ToString(CultureInfo.InvariantCulture),
            ["field.phone"] = ids[1].ToString(CultureInfo.InvariantCulture),
        }, "/accounts");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.HtmlAsync();
        Assert.Contains("introuvable", page.WordsOf("main"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#merge-form"));
        Assert.Equal(phone, (await api.AccountAsync(ids[0]))["phone"]!.GetValue<string>());
    }
}
