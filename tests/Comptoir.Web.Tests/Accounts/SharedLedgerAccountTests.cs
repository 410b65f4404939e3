using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Accounting;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.History;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Accounts;

/// <summary>
/// « Comptabilité » set to a ledger account another customer already uses: the form names that customer and
/// saves only once the user confirms; the API saves straight away; the account's history shows the choice.
/// </summary>
public sealed partial class SharedLedgerAccountTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_new_account_given_another_customers_ledger_account_is_saved_only_once_the_warning_is_confirmed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        var (group, ledgerId, code) = await GroupAsync(api);

        var warned = await client.CreateAsync(new()
        {
            ["name"] = "Boulangerie du Parc", ["phone"] = "04 78 42 10 10",
            ["ledgerAccount"] = ledgerId.ToString(CultureInfo.InvariantCulture), ["ledgerAccount__label"] = code,
        });

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Equal("/accounts/new", warned.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await warned.TextAsync();
        var warning = Warning(page);
        Assert.Contains($"{code} est déjà le compte comptable de :", warning, StringComparison.Ordinal);
        Assert.Equal($"/accounts/{group.Id()}", AccountPageHelpers.LinkHref(warning, $"{group["number"]} Groupe Lefèvre Boulangeries"));
        Assert.Contains($"Utiliser quand même {code} pour ce compte client", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("autre compte client", warning, StringComparison.Ordinal);
        // Everything typed is kept, and nothing is saved yet.
        Assert.Equal("Boulangerie du Parc", AccountPageHelpers.InputValue(page, "name"));
        Assert.Equal("04 78 42 10 10", AccountPageHelpers.InputValue(page, "phone"));
        Assert.Equal(ledgerId.ToString(CultureInfo.InvariantCulture), AccountPageHelpers.FormFields(page)["ledgerAccount"]);
        Assert.Equal(["Groupe Lefèvre Boulangeries"], await AccountNamesAsync(api));

        // « Enregistrer » again, the box left unticked: the same warning, still nothing saved.
        var again = await client.PostFormAsync("/accounts/new", AccountPageHelpers.FormFields(page));
        Assert.Equal("/accounts/new", again.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Groupe Lefèvre Boulangeries", Warning(await again.TextAsync()), StringComparison.Ordinal);
        Assert.Single(await AccountNamesAsync(api));

        var saved = await client.PostFormAsync("/accounts/new", Confirmed(page));

        var id = AccountPageHelpers.IdOf(saved);
        var account = await (await api.GetAsync($"{ApiHelpers.Accounts}/{id}")).JsonAsync();
        Assert.Equal("Boulangerie du Parc", account["name"]!.GetValue<string>());
        Assert.Equal("+33478421010", account["phone"]!.GetValue<string>());
        Assert.Equal(ledgerId, account["ledgerAccount"]!.GetValue<long>());
        // The creation line says which ledger account was chosen, by its code.
        var history = await api.HistoryAsync($"{ApiHelpers.Accounts}/{id}");
        Assert.Equal([$"ledgerAccount:  → {code} – Groupe Lefèvre Boulangeries"], HistoryHelpers.Changes(history.Single()!));
        Assert.Equal("Comptabilité", HistoryHelpers.Label(history.Single()!, "ledgerAccount"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Choosing_another_customers_ledger_account_on_the_edit_page_warns_then_saves_with_a_history_line(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        var (_, ledgerId, code) = await GroupAsync(api);
        var parc = await api.CreateAccountAsync(new { name = "Boulangerie du Parc" });
        var ownCode = (await api.LedgerAsync(parc["ledgerAccount"]!.GetValue<long>()))["code"]!.GetValue<string>();
        var url = $"/accounts/{parc.Id()}/edit";

        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync(url));
        fields["ledgerAccount"] = ledgerId.ToString(CultureInfo.InvariantCulture);
        fields["ledgerAccount__label"] = code;
        fields["billingCity"] = "Lyon";
        var warned = await client.PostFormAsync(url, fields);

        Assert.Equal(url, warned.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await warned.TextAsync();
        Assert.Contains("Groupe Lefèvre Boulangeries", Warning(page), StringComparison.Ordinal);
        Assert.Equal("Lyon", AccountPageHelpers.InputValue(page, "billingCity"));
        var unchanged = await (await api.GetAsync($"{ApiHelpers.Accounts}/{parc.Id()}")).JsonAsync();
        Assert.Equal(parc["ledgerAccount"]!.GetValue<long>(), unchanged["ledgerAccount"]!.GetValue<long>());
        Assert.Null(unchanged["billingCity"]);

        var saved = await client.PostFormAsync(url, Confirmed(page));

        Assert.Equal($"/accounts/{parc.Id()}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var account = await (await api.GetAsync($"{ApiHelpers.Accounts}/{parc.Id()}")).JsonAsync();
        Assert.Equal(ledgerId, account["ledgerAccount"]!.GetValue<long>());
        Assert.Equal("Lyon", account["billingCity"]!.GetValue<string>());
        var history = await (await client.GetAsync($"/accounts/{parc.Id()}/history")).TextAsync();
        Assert.Contains($"Comptabilité</span> : <span data-old>{ownCode} – Boulangerie du Parc</span>", history, StringComparison.Ordinal);
        Assert.Contains($"<span data-new>{code} – Groupe Lefèvre Boulangeries</span>", history, StringComparison.Ordinal);

        // The sharing was confirmed when chosen: later saves of the account do not ask again.
        var later = AccountPageHelpers.FormFields(await client.GetStringAsync(url));
        later["phone"] = "04 78 42 10 10";
        var direct = await client.PostFormAsync(url, later);
        Assert.Equal($"/accounts/{parc.Id()}", direct.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_warning_names_only_the_customers_the_user_may_see_and_counts_the_others(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
        var api = await app.ApiClientAsync();
        var secret = await api.CreateAccountAsync(new { name = "Secret Industries" });
        var ledgerId = secret["ledgerAccount"]!.GetValue<long>();
        var hers = await api.CreateAccountAsync(new { name = "Compte de Marie", ledgerAccount = ledgerId, assignedTo = new { type = "user", id = marie } });
        var client = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);

        var warned = await client.CreateAsync(new() { ["name"] = "Nouveau client", ["ledgerAccount"] = ledgerId.ToString(CultureInfo.InvariantCulture) });

        var warning = Warning(await warned.TextAsync());
        Assert.Equal($"/accounts/{hers.Id()}", AccountPageHelpers.LinkHref(warning, $"{hers["number"]} Compte de Marie"));
        Assert.Contains("et 1 autre compte client", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", warning, StringComparison.Ordinal);
        Assert.DoesNotContain($"/accounts/{secret.Id()}", warning, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_api_saves_a_shared_ledger_account_without_confirmation_and_the_history_records_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var (_, ledgerId, code) = await GroupAsync(api);

        var created = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Boulangerie du Parc", ledgerAccount = ledgerId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var parc = await created.JsonAsync();
        Assert.Equal(ledgerId, parc["ledgerAccount"]!.GetValue<long>());
        Assert.Equal([$"ledgerAccount:  → {code} – Groupe Lefèvre Boulangeries"],
            HistoryHelpers.Changes((await api.HistoryAsync($"{ApiHelpers.Accounts}/{parc.Id()}")).Single()!));

        var other = await api.CreateAccountAsync(new { name = "Boulangerie de la Gare" });
        var ownCode = (await api.LedgerAsync(other["ledgerAccount"]!.GetValue<long>()))["code"]!.GetValue<string>();
        var url = $"{ApiHelpers.Accounts}/{other.Id()}";
        var patched = await api.PatchJsonAsync(url, new { ledgerAccount = ledgerId });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(ledgerId, (await patched.JsonAsync())["ledgerAccount"]!.GetValue<long>());
        Assert.Equal([$"ledgerAccount: {ownCode} – Boulangerie de la Gare → {code} – Groupe Lefèvre Boulangeries"],
            HistoryHelpers.Changes((await api.HistoryAsync(url))[0]!));
    }

    /// <summary>The customer whose generated ledger account the tests then choose for another.</summary>
    private static async Task<(JsonObject Account, long LedgerId, string Code)> GroupAsync(HttpClient api)
    {
        var group = await api.CreateAccountAsync(new { name = "Groupe Lefèvre Boulangeries" });
        var ledgerId = group["ledgerAccount"]!.GetValue<long>();
        return (group, ledgerId, (await api.LedgerAsync(ledgerId))["code"]!.GetValue<string>());
    }

    private static async Task<List<string>> AccountNamesAsync(HttpClient api) =>
        (await (await api.GetAsync(ApiHelpers.Accounts)).JsonAsync())["items"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).ToList();

    /// <summary>The shared-ledger warning's block; fails the test when the page has none.</summary>
    private static string Warning(string html) =>
        WarningBlock().Match(html) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("No shared ledger account warning in the page.");

    /// <summary>The form as « Enregistrer » posts it once the warning's box is ticked: every field, plus the box's name and value.</summary>
    private static Dictionary<string, string> Confirmed(string html)
    {
        var box = ConfirmBox().Match(Warning(html));
        Assert.True(box.Success, "No confirmation box in the warning.");
        var fields = AccountPageHelpers.FormFields(html);
        fields[box.Groups[1].Value] = box.Groups[2].Value;
        return fields;
    }

    [GeneratedRegex("<div [^>]*data-ledger-sharing[\\s\\S]*?</div>")]
    private static partial Regex WarningBlock();

    [GeneratedRegex("<input class=\"form-check-input\" type=\"checkbox\" id=\"[^\"]+\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex ConfirmBox();
}
