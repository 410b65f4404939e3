using System.Net;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Contacts;

/// <summary>Contacts follow « accounts private »: a user who may not see an account does not see its people.</summary>
public sealed class ContactPrivacyTests
{
    private static async Task MakeAccountsPrivateAsync(TestApp app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task With_private_accounts_a_user_sees_only_their_contacts_of_accounts_they_may_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var admin = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var herPages = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);
        var marieOwns = new { type = "user", id = marie };

        var secret = await admin.CreateAccountAsync(new { name = "Secret Industries" });
        var mine = await admin.CreateAccountAsync(new { name = "Chez Marie", assignedTo = marieOwns });
        // Hers, but at an account she may not see: the account's privacy wins.
        var atSecret = await admin.CreateContactAsync(new { lastName = "Caché", account = secret.Id(), assignedTo = marieOwns });
        var adminsOwn = await admin.CreateContactAsync(new { lastName = "Autre" });
        await admin.CreateContactAsync(new { lastName = "Visible", account = mine.Id(), assignedTo = marieOwns });
        await admin.CreateContactAsync(new { lastName = "Libre", assignedTo = marieOwns });
        await MakeAccountsPrivateAsync(app);

        Assert.Equal(["Libre", "Visible"], await hers.NamesAsync(ContactHelpers.Contacts));
        Assert.Empty(await hers.NamesAsync($"{ContactHelpers.Contacts}?q=cache"));
        var hidden = $"{ContactHelpers.Contacts}/{atSecret.Id()}";
        Assert.Equal(HttpStatusCode.NotFound, (await hers.GetAsync(hidden)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.PatchJsonAsync(hidden, new { title = "Piraté" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.DeleteAsync(hidden)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.GetAsync($"{ContactHelpers.Contacts}/{adminsOwn.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await herPages.GetAsync($"/contacts/{atSecret.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await herPages.GetAsync($"/accounts/{secret.Id()}/contacts")).StatusCode);
        Assert.DoesNotContain("Caché", await herPages.GetStringAsync("/contacts"), StringComparison.Ordinal);
        Assert.DoesNotContain("Caché", await herPages.GetStringAsync("/contacts/lookup?q=cach"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await herPages.GetAsync($"/contacts/account-address/{secret.Id()}")).StatusCode);

        // Nor can she point a contact at that account, or at the hidden contact.
        var refused = await hers.PostJsonAsync(ContactHelpers.Contacts, new { lastName = "Intrus", account = secret.Id(), reportsTo = atSecret.Id() });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await refused.ProblemErrorsAsync();
        Assert.True(errors.ContainsKey("account") && errors.ContainsKey("reportsTo"));

        Assert.Equal(["Autre", "Caché", "Libre", "Visible"], await admin.NamesAsync(ContactHelpers.Contacts));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task With_public_accounts_every_user_sees_every_contact(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var admin = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var account = await admin.CreateAccountAsync(new { name = "Ouvert à tous" });
        var contact = await admin.CreateContactAsync(new { lastName = "Dupont", account = account.Id() });

        Assert.Equal(["Dupont"], await hers.NamesAsync(ContactHelpers.Contacts));
        Assert.Equal(HttpStatusCode.OK, (await hers.GetAsync($"{ContactHelpers.Contacts}/{contact.Id()}")).StatusCode);
    }
}
