using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Contacts;

/// <summary>
/// « Ajouter un contact » from an account's page (?account=): the account is chosen already and the form offers
/// to copy its addresses; « Copier les adresses du compte » posts the form back filled, unsaved, so the offer
/// works without JavaScript and keeps whatever was typed. With it, contact-address.js offers the same on any
/// account chosen, on « Nouveau » and « Modifier ».
/// </summary>
public sealed class ContactFormExtension(AccountStore accounts, IStringLocalizer<ContactsText> t) : IRecordFormExtension
{
    public IReadOnlyDictionary<string, string> FormAttributes => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["data-contact-form"] = "",
        ["data-address-url"] = "/contacts/account-address/",
        ["data-offer-text"] = t["Copier l'adresse de facturation du compte « {0} » dans l'adresse principale du contact, et son adresse de livraison dans l'autre adresse ? Les adresses saisies seront remplacées."],
        ["data-copy-text"] = t["Copier les adresses du compte"],
        ["data-skip-text"] = t["Ne pas copier"],
        ["data-addresses-copied-text"] = t["Adresses du compte copiées : vérifiez-les puis enregistrez."],
    };

    public IReadOnlyList<string> Scripts => ["~/js/contact-address.js"];

    public async Task OpenAsync(RecordFormContext form, CancellationToken ct)
    {
        if (form.RecordId is not null
            || !long.TryParse(form.Request.Query["account"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            || await accounts.FindAsync(form.User, id, ct) is not { } chosen) return;
        form.Form.Values["account"] = id.ToString(CultureInfo.InvariantCulture);
        form.Form.ReferenceNames["account"] = chosen.Name;
        var address = AccountAddress.From(chosen);
        if (address.HasAddress) form.Parts.Add(new("/Features/Contacts/_AddressOffer.cshtml", address));
    }

    /// <summary>The user asked: the chosen account's addresses replace the form's, nothing is saved yet.</summary>
    public async Task<bool> PostedAsync(RecordFormContext form, CancellationToken ct)
    {
        if (form.RecordId is not null || !form.Request.Form.ContainsKey(AccountAddress.CopyButton)) return false;
        if (await AccountAddress.OfFormAsync(form.Form, accounts, form.User, ct) is { } address)
        {
            address.CopyInto(form.Form);
            form.Message = t["Adresses du compte « {0} » copiées : vérifiez-les puis enregistrez.", address.Name].Value;
        }
        else
        {
            form.Form.Errors["account"] = [t["Choisissez d'abord un compte client."].Value];
        }
        return true;
    }
}
