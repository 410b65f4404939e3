using Comptoir.Core.Accounts;

namespace Comptoir.Web.Features.Contacts;

/// <summary>
/// An account's two addresses as a contact form offers to copy them: billing → the contact's mailing
/// address, shipping → its other address. Offered, never applied without the user's « Copier ».
/// </summary>
public sealed record AccountAddress(long Id, string Name, IReadOnlyDictionary<string, string> Billing, IReadOnlyDictionary<string, string> Shipping)
{
    public const string CopyButton = "_copyAddresses";

    public bool HasAddress => Billing.Values.Any(v => v.Length > 0) || Shipping.Values.Any(v => v.Length > 0);

    public static AccountAddress From(Account account) => new(account.Id, account.Name,
        Parts(account.BillingStreet, account.BillingPoBox, account.BillingPostalCode, account.BillingCity, account.BillingState, account.BillingCountry),
        Parts(account.ShippingStreet, account.ShippingPoBox, account.ShippingPostalCode, account.ShippingCity, account.ShippingState, account.ShippingCountry));

    /// <summary>Keyed by the suffix in camel case (street, poBox…), as the JSON the form's script reads.</summary>
    private static Dictionary<string, string> Parts(params string[] values) =>
        AddressCopy.Suffixes.Select((suffix, i) => (Key(suffix), values[i])).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static string Key(string suffix) => char.ToLowerInvariant(suffix[0]) + suffix[1..];

    /// <summary>Fills the form's mailing and other addresses from this account, replacing what they held.</summary>
    public void CopyInto(RecordForm form)
    {
        foreach (var suffix in AddressCopy.Suffixes)
        {
            var key = Key(suffix);
            form.Values["mailing" + suffix] = Billing[key];
            form.Values["other" + suffix] = Shipping[key];
        }
    }

    /// <summary>The account chosen in the form, if the user may see it.</summary>
    public static async Task<AccountAddress?> OfFormAsync(RecordForm form, AccountStore accounts, UserContext user, CancellationToken ct) =>
        long.TryParse(form.ValueOf("account"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && await accounts.FindAsync(user, id, ct) is { } account
            ? From(account)
            : null;
}
