using System.Globalization;
using System.Net;
using Comptoir.Core.Accounts;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Core.Validation;
using Comptoir.Data;
using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Data.Demo;
using Comptoir.Data.History;
using Comptoir.Tests.Shared;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.History;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Demo;

public sealed class DemoDataTests
{
    private const string DemoPassword = "demo-password-1";

    private static Task<TestApp> StartSeededAsync(Db db) =>
        TestApp.StartAsync(db, new() { ["COMPTOIR_SEED_DEMO"] = "1", ["COMPTOIR_DEMO_PASSWORD"] = DemoPassword });

    [Theory, ClassData(typeof(Databases))]
    public async Task Seeds_forty_numbered_accounts_that_pass_validation(Db db)
    {
        await using var app = await StartSeededAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AccountStore>();
        var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var accounts = await data.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();

        Assert.Equal(DemoAccounts.All.Count, accounts.Count);
        Assert.True(accounts.Count >= 40);
        Assert.Equal(Enumerable.Range(1, accounts.Count).Select(n => $"CPT-{n:000000}"), accounts.Select(a => a.Number));

        var admin = new UserContext(1, "Administrateur", true, []);
        foreach (var account in accounts)
        {
            // What the edit form would post back unchanged must validate as it stands.
            var input = new RecordInput();
            foreach (var field in store.Module.ActiveFields.Where(f => !f.ReadOnly))
                input.Set(field.Key, field.Type.FormText(field, FieldAccess.Get(account, field)));
            var validation = await RecordValidator.ValidateAsync(store.Module, input, partial: false, store.CheckerFor(admin), CancellationToken.None);
            Assert.True(validation.IsValid, account.Name + ": " + string.Join("; ", validation.Errors.Select(e => $"{e.Key} {e.Value[0]}")));
            Assert.Equal(SiretError.None, Siret.Check(account.Siret));
            Assert.Equal(ExpectedVat.FromSiren(account.Siren), account.VatNumber);
            Assert.NotEqual("", account.AssigneeName);
        }
        Assert.Equal(accounts.Count, accounts.Select(a => a.Siret).Distinct().Count());
        Assert.Contains(accounts, a => a.ParentAccountId is not null);
        Assert.All(accounts.Where(a => a.ParentAccountId is not null), a => Assert.Contains(accounts, p => p.Id == a.ParentAccountId));
        Assert.Contains(accounts, a => a.AssignedTeamId is not null);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Seeds_the_accounts_people_with_their_superiors_assigned_like_their_account(Db db)
    {
        await using var app = await StartSeededAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContactStore>();
        var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var accounts = await data.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id);
        var contacts = await data.Contacts.AsNoTracking().OrderBy(c => c.Id).ToListAsync();

        Assert.Equal(DemoAccounts.All.Sum(DemoContacts.CountFor), contacts.Count);
        Assert.True(contacts.Count >= 60);
        Assert.All(accounts.Values, a => Assert.Contains(contacts, c => c.AccountId == a.Id));
        var admin = new UserContext(1, "Administrateur", true, []);
        foreach (var contact in contacts)
        {
            var input = new RecordInput();
            foreach (var field in store.Module.ActiveFields.Where(f => !f.ReadOnly))
                input.Set(field.Key, field.Type.FormText(field, FieldAccess.Get(contact, field)));
            var validation = await RecordValidator.ValidateAsync(store.Module, input, partial: false, store.CheckerFor(admin), CancellationToken.None);
            Assert.True(validation.IsValid, contact.FullName + ": " + string.Join("; ", validation.Errors.Select(e => $"{e.Key} {e.Value[0]}")));
            var account = accounts[contact.AccountId!.Value];
            Assert.EndsWith("@" + new Uri(account.Website).Host["www.".Length..], contact.Email, StringComparison.Ordinal);
            Assert.StartsWith("+33", contact.Phone, StringComparison.Ordinal);
            Assert.True(contact.Salutation is "mr" or "mrs", contact.Salutation);
            Assert.Equal((account.AssignedUserId, account.AssignedTeamId), (contact.AssignedUserId, contact.AssignedTeamId));
            Assert.Equal(account.BillingCity, contact.MailingCity);
        }
        // « Supérieur hiérarchique »: the head of the same company.
        var reporting = contacts.Where(c => c.ReportsToId is not null).ToList();
        Assert.Equal(contacts.Count - accounts.Count, reporting.Count);
        Assert.All(reporting, c =>
        {
            var superior = contacts.Single(s => s.Id == c.ReportsToId);
            Assert.Equal(c.AccountId, superior.AccountId);
            Assert.Null(superior.ReportsToId);
        });
        Assert.Contains(contacts, c => c.Mobile.Length > 0);
        Assert.Contains(contacts, c => c.Mobile.Length == 0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_history_tells_a_few_weeks_of_changes_by_several_users_and_the_tabs_show_them(Db db)
    {
        await using var app = await StartSeededAsync(db);
        var api = await app.ApiClientAsync();
        long hotel, garnier;
        List<string> hotelPeople;
        List<RecordChange> updates;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var ids = await data.Accounts.ToDictionaryAsync(a => a.Name, a => a.Id);
            hotel = ids["Hôtel des Remparts"];
            garnier = await data.Contacts.Where(c => c.AccountId == ids["Transports Garnier et Fils"]).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            hotelPeople = await data.Contacts.Where(c => c.AccountId == hotel).Select(c => c.FullName).ToListAsync();
            updates = await data.RecordChanges.AsNoTracking().Where(c => c.Action == "updated").ToListAsync();
        }

        // The hotel was handed from Paul to Sophie, who then updated it: each line by its user, on its day.
        var history = await api.HistoryAsync($"{ApiHelpers.Accounts}/{hotel}");
        Assert.Equal(["updated", "updated", "created"], history.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(["Sophie Bernard", "Paul Martin", "Administrateur"], history.Select(e => e!["user"]!.GetValue<string>()));
        Assert.Equal(["employees: 26 → 31"], HistoryHelpers.Changes(history[0]!));
        Assert.Equal(["assignedTo: Paul Martin → Sophie Bernard"], HistoryHelpers.Changes(history[1]!));
        var at = history.Select(e => e!["at"]!.GetValue<DateTime>().ToUniversalTime()).ToList();
        Assert.True(at[0] - at[1] > TimeSpan.FromDays(1) && at[1] - at[2] > TimeSpan.FromDays(1), string.Join(", ", at));
        Assert.InRange((DateTime.UtcNow - at[2]).TotalDays, DemoHistory.DaysBack - 1, DemoHistory.DaysBack + 1);

        // A contact's phone changed by another user.
        var phone = (await api.HistoryAsync($"{ContactHelpers.Contacts}/{garnier}"))[0]!;
        Assert.Equal("Paul Martin", phone["user"]!.GetValue<string>());
        Assert.EndsWith("→ 02 38 54 71 20", Assert.Single(HistoryHelpers.Changes(phone)), StringComparison.Ordinal);

        Assert.True(updates.Select(u => u.UserName).Distinct().Count() >= 4, string.Join(", ", updates.Select(u => u.UserName)));
        Assert.True(updates.Select(u => u.At.Date).Distinct().Count() >= 6);
        Assert.All(updates, u => Assert.True(u.At < DateTime.UtcNow));

        // What a first look finds: the Historique tab, the account's contacts, the Contacts list.
        var sophie = await app.SignedInClientAsync("sophie", DemoPassword);
        var tab = WebUtility.HtmlDecode(await sophie.GetStringAsync($"/accounts/{hotel}/history"));
        Assert.Contains("<span data-old>Paul Martin</span>", tab, StringComparison.Ordinal);
        Assert.Contains("<span data-new>Sophie Bernard</span>", tab, StringComparison.Ordinal);
        Assert.Equal(DemoContacts.CountFor(DemoAccounts.All.Single(a => a.Name == "Hôtel des Remparts")), hotelPeople.Count);
        var tabContacts = WebUtility.HtmlDecode(await sophie.GetStringAsync($"/accounts/{hotel}/contacts"));
        Assert.All(hotelPeople, n => Assert.Contains(n, tabContacts, StringComparison.Ordinal));
        Assert.Contains("data-history-entry", await sophie.GetStringAsync($"/contacts/{garnier}/history"), StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await sophie.GetStringAsync("/contacts?q=" + Uri.EscapeDataString(hotelPeople[0])));
        Assert.Contains(hotelPeople[0], list, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Seeds_the_same_people_and_story_on_every_machine(Db db)
    {
        var first = await SnapshotAsync(db);
        var second = await SnapshotAsync(db);
        Assert.Equal(first, second);

        static async Task<List<string>> SnapshotAsync(Db db)
        {
            await using var app = await StartSeededAsync(db);
            await using var scope = app.Services.CreateAsyncScope();
            var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var today = DateTime.UtcNow.Date;
            var people = await data.Contacts.AsNoTracking().OrderBy(c => c.Id)
                .Select(c => $"{c.Number} {c.FullName} {c.Title} {c.Email} {c.Phone} {c.Mobile} {c.ReportsToId} {c.AccountId}").ToListAsync();
            var story = await data.RecordChanges.AsNoTracking().Where(c => c.Action == "updated").OrderBy(c => c.Id).ToListAsync();
            return [.. people, .. story.Select(c => $"{c.Module} {c.RecordId} {c.UserName} {(today - c.At.Date).Days} {c.Changes}")];
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Seeding_again_adds_nothing(Db db)
    {
        await using var app = await StartSeededAsync(db);
        await DemoData.SeedAsync(app.Services);   // what a second start with COMPTOIR_SEED_DEMO=1 runs

        await using var scope = app.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(DemoAccounts.All.Count, await data.Accounts.CountAsync());
        Assert.Equal(DemoAccounts.All.Sum(DemoContacts.CountFor), await data.Contacts.CountAsync());
        Assert.Equal(0, await data.RecordChanges.CountAsync(c => c.At > DateTime.UtcNow.Date));   // no new history either
        Assert.Equal(1 + DemoData.Users.Count, await data.Users.CountAsync());
        Assert.Equal(1, await data.Teams.CountAsync());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Demo_users_sign_in_and_two_of_them_form_the_team(Db db)
    {
        await using var app = await StartSeededAsync(db);
        var client = await app.SignedInClientAsync("marie", DemoPassword);
        Assert.Contains("Bonjour Marie Lefèvre", await client.GetStringAsync("/"), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var team = await data.Teams.Include(t => t.Members).SingleAsync();
        Assert.Equal(DemoData.TeamName, team.Name);
        var members = await data.Users.Where(u => team.Members.Select(m => m.UserId).Contains(u.Id)).Select(u => u.UserName).ToListAsync();
        Assert.Equal(["marie", "paul"], members.Order(StringComparer.Ordinal));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Leaves_a_database_without_the_setting_empty(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(0, await data.Accounts.CountAsync());
        Assert.Equal(1, await data.Users.CountAsync());
    }

    [Fact]
    public void Generates_sirets_that_pass_the_checksum()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var siret = DemoData.NewSiret(random);
            Assert.Equal(SiretError.None, Siret.Check(siret));
            Assert.StartsWith("000", siret[9..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Uses_real_postal_codes_and_picklist_codes()
    {
        Assert.All(DemoAccounts.All, a =>
        {
            Assert.Matches("^[0-9]{5}$", a.City.PostalCode);
            Assert.NotNull(AccountPicklists.Types.FirstOrDefault(t => t.Code == a.Type));
            Assert.NotNull(AccountPicklists.Industries.FirstOrDefault(t => t.Code == a.Industry));
            // The first two digits of a mainland postal code are its département's number.
            Assert.InRange(int.Parse(a.City.PostalCode[..2], CultureInfo.InvariantCulture), 1, 95);
        });
        Assert.Equal(DemoAccounts.All.Count, DemoAccounts.All.Select(a => a.Name).Distinct().Count());
        var names = DemoAccounts.All.Select(a => a.Name).ToList();
        Assert.All(DemoAccounts.All.Where(a => a.Parent is not null), a =>
            Assert.InRange(names.IndexOf(a.Parent!), 0, names.IndexOf(a.Name) - 1));   // parents are created first
    }
}
