using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;
using static Comptoir.Web.Tests.Fields.FieldForms;

namespace Comptoir.Web.Tests.Fields;

/// <summary>A record keeps a picklist value an administrator retired until someone changes that field.</summary>
public sealed class RetiredValueEditTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Editing_another_field_keeps_a_retired_value_and_it_cannot_be_chosen_anew(Db db)
    {
        var registry = new TestRegistry();
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(registry));
        var client = await app.SignedInClientAsync();
        var (id, _) = await app.SeedAsync("Épicerie Martin", new() { ["cf_niveau"] = "argent", ["cf_interets"] = "bio,local" });
        registry.Change("accounts", "cf_niveau", f => f with { PicklistValues = f.PicklistValues.Select(v => v.Code == "argent" ? v with { Retired = true } : v).ToList() });
        registry.Change("accounts", "cf_interets", f => f with { PicklistValues = f.PicklistValues.Select(v => v.Code == "local" ? v with { Retired = true } : v).ToList() });

        var saved = await client.SubmitAsync($"/accounts/{id}/edit", form => form.With("billingCity", "Lyon").With("cf_interets", "", "local"));

        Assert.Contains("Modifications enregistrées.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var details = await client.GetStringAsync($"/accounts/{id}/details");
        Assert.Equal(("Lyon", "Argent (retirée)", "Circuits courts (retirée)"),
            (Shown(details, "billingCity"), Shown(details, "cf_niveau"), Shown(details, "cf_interets")));

        // Another record cannot take it.
        var (other, _) = await app.SeedAsync("Fromagerie Blanc");
        var refused = await client.SubmitAsync($"/accounts/{other}/edit", form => form.With("cf_niveau", "argent"));
        Assert.Equal("Valeur non proposée dans la liste « Niveau ».", ErrorOf(await refused.Content.ReadAsStringAsync(), "cf_niveau"));
    }
}
