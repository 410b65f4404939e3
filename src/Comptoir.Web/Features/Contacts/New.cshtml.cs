using System.Globalization;
using Comptoir.Core.FieldTypes;
using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Contacts;

/// <summary>
/// « Ajouter un contact ». From an account's page (?account=) the account is chosen already and the page
/// offers to copy its addresses; « Copier les adresses du compte » posts the form back filled, unsaved,
/// so the offer works without JavaScript and keeps whatever was typed.
/// </summary>
public sealed class NewModel(ContactStore store, AccountStore accounts, CurrentUser current, RecordNames names, IStringLocalizer<ContactsText> t) : PageModel
{
    public RecordForm Form { get; private set; } = null!;
    public AccountAddress? Offer { get; private set; }

    public async Task OnGetAsync(long? account, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        Form = RecordForm.Blank(ContactForms.Shown(store.Module), new OwnerRef(OwnerKind.User, user.UserId));
        if (account is long id && await accounts.FindAsync(user, id, ct) is { } chosen)
        {
            Form.Values["account"] = id.ToString(CultureInfo.InvariantCulture);
            Form.ReferenceNames["account"] = chosen.Name;
            var address = AccountAddress.From(chosen);
            if (address.HasAddress) Offer = address;
        }
        Form.Choices = await names.ChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        Form = RecordForm.FromPost(ContactForms.Shown(store.Module), Request.Form);
        if (Request.Form.ContainsKey(AccountAddress.CopyButton))
        {
            await CopyAddressesAsync(Form, accounts, user, t, TempData, ct);
            Form.Choices = await names.ChoicesAsync(ct);
            return Page();
        }
        var outcome = await store.CreateAsync(user, Form.ToInput(), ct);
        if (outcome.Status == SaveStatus.Saved)
        {
            var contact = outcome.Record!;
            TempData["Flash"] = t["Contact « {0} » créé ({1}).", contact.FullName, contact.Number].Value;
            return Redirect($"/contacts/{contact.Id}");
        }
        // Refused: the same page, each error beside its field, everything typed kept.
        foreach (var (key, messages) in outcome.Validation?.Errors ?? []) Form.Errors[key] = messages;
        Form.Choices = await names.ChoicesAsync(ct);
        return Page();
    }

    /// <summary>The user asked: the chosen account's addresses replace the form's, nothing is saved yet.</summary>
    internal static async Task CopyAddressesAsync(RecordForm form, AccountStore accounts, Core.Security.UserContext user,
        IStringLocalizer<ContactsText> t, ITempDataDictionary tempData, CancellationToken ct)
    {
        if (await AccountAddress.OfFormAsync(form, accounts, user, ct) is { } address)
        {
            address.CopyInto(form);
            tempData["Flash"] = t["Adresses du compte « {0} » copiées : vérifiez-les puis enregistrez.", address.Name].Value;
        }
        else
        {
            form.Errors["account"] = [t["Choisissez d'abord un compte client."].Value];
        }
    }
}
