using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Contacts;

/// <summary>/api/v1/contacts with the keys of the issue and the accounts' conventions.</summary>
public sealed class ContactsApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Creates_reads_edits_and_deletes_a_contact_with_the_issue_keys_numbered_CON(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var account = await client.CreateAccountAsync(new { name = "Boulangerie Dupont" });
        var boss = await client.CreateContactAsync(new { lastName = "Martin", firstName = "Claire" });

        var response = await client.PostJsonAsync(ContactHelpers.Contacts, new
        {
            salutation = "mr",
            firstName = "Jean",
            lastName = "Dupont",
            account = account.Id(),
            title = "Directeur commercial",
            department = "Ventes",
            email = "Jean.Dupont@Exemple.fr",
            otherEmail = "jean@perso.fr",
            phone = "01 42 68 53 00",
            mobile = "06 12 34 56 78",
            reportsTo = boss.Id(),
            birthday = "1975-04-12",
            doNotEmail = true,
            mailingStreet = "8 rue de Londres",
            mailingPoBox = "BP 12",
            mailingPostalCode = "75009",
            mailingCity = "Paris",
            mailingState = "Île-de-France",
            mailingCountry = "France",
            otherCity = "Lyon",
            description = "Rencontré au salon.",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var contact = await response.JsonAsync();
        var url = $"{ContactHelpers.Contacts}/{contact.Id()}";
        Assert.Equal(url, response.Headers.Location?.OriginalString);
        Assert.Equal("CON-000001", boss["number"]!.GetValue<string>());
        Assert.Equal("CON-000002", contact["number"]!.GetValue<string>());
        Assert.Equal("Jean Dupont", contact["fullName"]!.GetValue<string>());
        Assert.Equal("mr", contact["salutation"]!.GetValue<string>());
        Assert.Equal(account.Id(), contact["account"]!.GetValue<long>());
        Assert.Equal(boss.Id(), contact["reportsTo"]!.GetValue<long>());
        Assert.Equal("+33142685300", contact["phone"]!.GetValue<string>());
        Assert.Equal("+33612345678", contact["mobile"]!.GetValue<string>());
        Assert.Equal("1975-04-12", contact["birthday"]!.GetValue<string>());
        Assert.True(contact["doNotEmail"]!.GetValue<bool>());
        Assert.Equal("Paris", contact["mailingCity"]!.GetValue<string>());
        Assert.Equal("Lyon", contact["otherCity"]!.GetValue<string>());
        Assert.Null(contact["otherStreet"]);
        Assert.Equal("user", contact["assignedTo"]!["type"]!.GetValue<string>());
        foreach (var key in new[] { "title", "department", "email", "otherEmail", "mailingStreet", "mailingPoBox", "mailingPostalCode",
                     "mailingState", "mailingCountry", "otherPoBox", "otherPostalCode", "otherState", "otherCountry", "description" })
            Assert.True(contact.ContainsKey(key), key);

        var read = await client.GetAsync(url);
        Assert.Equal(contact.ToJsonString(), (await read.JsonAsync()).ToJsonString());

        var patch = await client.PatchJsonAsync(url, new { firstName = "Jean-Pierre", title = "Gérant" }, r => r.IfMatch("\"1\""));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var patched = await patch.JsonAsync();
        Assert.Equal("Jean-Pierre Dupont", patched["fullName"]!.GetValue<string>());
        Assert.Equal("Gérant", patched["title"]!.GetValue<string>());
        Assert.Equal("Paris", patched["mailingCity"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{ApiHelpers.Accounts}/{account.Id()}")).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_contact_needs_a_last_name_and_an_existing_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var response = await client.PostJsonAsync(ContactHelpers.Contacts, new { firstName = "Jean", account = 4242, email = "pas-une-adresse" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ProblemErrorsAsync();
        Assert.Equal("« Nom » est obligatoire.", errors["lastName"].Single());
        Assert.Equal("L'enregistrement choisi n'existe pas ou ne vous est pas accessible.", errors["account"].Single());
        Assert.True(errors.ContainsKey("email"));
        Assert.Empty(await client.NamesAsync(ContactHelpers.Contacts));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_contact_cannot_be_its_own_superior(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var english = await app.ApiClientAsync(language: "en");
        var boss = await client.CreateContactAsync(new { lastName = "Martin" });
        var jean = await client.CreateContactAsync(new { lastName = "Dupont", reportsTo = boss.Id() });
        var url = $"{ContactHelpers.Contacts}/{jean.Id()}";

        var self = await client.PatchJsonAsync(url, new { reportsTo = jean.Id() });
        var inEnglish = await english.PatchJsonAsync(url, new { reportsTo = jean.Id() });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal("Un contact ne peut pas être son propre supérieur hiérarchique.", (await self.ProblemErrorsAsync())["reportsTo"].Single());
        Assert.Equal("A contact cannot report to themselves.", (await inEnglish.ProblemErrorsAsync())["reportsTo"].Single());
        var unchanged = await client.GetAsync(url);
        Assert.Equal("\"1\"", unchanged.Headers.ETag?.Tag);
        Assert.Equal(boss.Id(), (await unchanged.JsonAsync())["reportsTo"]!.GetValue<long>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_list_sorts_by_last_name_and_finds_a_contact_by_name_either_way_number_or_email(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        await client.CreateContactAsync(new { firstName = "Zoé", lastName = "Martin", email = "zoe@martin.fr" });
        await client.CreateContactAsync(new { firstName = "Jean", lastName = "Dupont" });
        await client.CreateContactAsync(new { firstName = "Aline", lastName = "Écuyer" });

        Assert.Equal(["Jean Dupont", "Aline Écuyer", "Zoé Martin"], await client.NamesAsync(ContactHelpers.Contacts));
        Assert.Equal(["Aline Écuyer"], await client.NamesAsync($"{ContactHelpers.Contacts}?q=ecu"));
        Assert.Equal(["Jean Dupont"], await client.NamesAsync($"{ContactHelpers.Contacts}?q=Jean%20Dupont"));
        Assert.Equal(["Jean Dupont"], await client.NamesAsync($"{ContactHelpers.Contacts}?q=dupont%20j"));
        Assert.Equal(["Zoé Martin"], await client.NamesAsync($"{ContactHelpers.Contacts}?q=zoe@martin.fr"));
        Assert.Equal(["Jean Dupont"], await client.NamesAsync($"{ContactHelpers.Contacts}?q=CON-000002"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_an_account_keeps_its_contacts_unlinked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var account = await client.CreateAccountAsync(new { name = "Fermée" });
        var contact = await client.CreateContactAsync(new { lastName = "Dupont", account = account.Id() });

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{ApiHelpers.Accounts}/{account.Id()}")).StatusCode);

        var read = await client.GetAsync($"{ContactHelpers.Contacts}/{contact.Id()}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null((await read.JsonAsync())["account"]);
    }
}
