using System.Globalization;
using Comptoir.Core.Accounts;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Core.Validation;
using Comptoir.Data;
using Comptoir.Data.Accounts;
using Comptoir.Web.Infrastructure;
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
            Assert.Equal(FrenchVat.FromSiren(account.Siren), account.VatNumber);
            Assert.NotEqual("", account.AssigneeName);
        }
        Assert.Equal(accounts.Count, accounts.Select(a => a.Siret).Distinct().Count());
        Assert.Contains(accounts, a => a.ParentAccountId is not null);
        Assert.All(accounts.Where(a => a.ParentAccountId is not null), a => Assert.Contains(accounts, p => p.Id == a.ParentAccountId));
        Assert.Contains(accounts, a => a.AssignedTeamId is not null);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Seeding_again_adds_nothing(Db db)
    {
        await using var app = await StartSeededAsync(db);
        await DemoData.SeedAsync(app.Services);   // what a second start with COMPTOIR_SEED_DEMO=1 runs

        await using var scope = app.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(DemoAccounts.All.Count, await data.Accounts.CountAsync());
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
