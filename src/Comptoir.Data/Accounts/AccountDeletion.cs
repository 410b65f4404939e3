using Comptoir.Core.Contacts;

namespace Comptoir.Data.Accounts;

/// <summary>What deleting an account offers (its registration in DataServices declares it).</summary>
public static class AccountDeletion
{
    /// <summary>« Supprimer aussi les contacts »: the account's contacts the user sees go to the bin with it; kept, they lose their account.</summary>
    public static readonly DeleteWith Contacts = new("contacts", ContactsModule.Name, "account")
    {
        InvalidValue = new("« contacts » vaut keep (garder les contacts, sans compte) ou delete (les supprimer aussi).",
            "“contacts” is keep (keep the contacts, without an account) or delete (delete them too)."),
        ApiDescription = new("Ce que deviennent les contacts du compte : keep (par défaut) les laisse sans compte ; delete les envoie à la corbeille avec lui. "
                + "Dans les deux cas, une restauration les remet sur le compte.",
            "What becomes of the account's contacts: keep (default) leaves them without account; delete sends them to the bin with it. "
                + "Either way a restore puts them back on the account."),
    };
}
