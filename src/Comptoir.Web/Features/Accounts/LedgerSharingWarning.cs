using Comptoir.Core.Accounting;

namespace Comptoir.Web.Features.Accounts;

/// <summary>
/// « Comptabilité » set to a ledger account other customers already use: the form answers with this warning
/// instead of saving, until the user ticks its box (no script needed). The API saves straight away.
/// </summary>
/// <param name="Confirmed">The box was ticked: the save goes through; shown again (ticked) if refused for another field.</param>
public sealed record LedgerSharingWarning(long LedgerAccountId, LedgerSharing Sharing, bool Confirmed)
{
    /// <summary>The box's name; its value is the ledger account's id, so choosing another one asks again.</summary>
    public const string ConfirmKey = "_confirmLedgerAccount";

    /// <summary>
    /// The warning a posted form calls for, or null: no ledger account chosen, nobody else's, already this
    /// account's (<paramref name="accountId"/>), or one the user may not choose (the save refuses it, naming no one).
    /// </summary>
    public static async Task<LedgerSharingWarning?> ForPostAsync(AccountStore store, UserContext user, RecordForm form, IFormCollection post,
        long? accountId, CancellationToken ct)
    {
        if (ChosenIn(form) is not long id) return null;
        if (!await store.CheckerFor(user).RecordExistsAsync(LedgerAccountsModule.Name, id, ct)) return null;
        if (await store.LedgerSharingAsync(user, id, accountId, ct) is not { } sharing) return null;
        return new(id, sharing, post[ConfirmKey].Contains(id.ToString(CultureInfo.InvariantCulture)));
    }

    private static long? ChosenIn(RecordForm form) =>
        form.Module.FindField("ledgerAccount") is { } field && form.ValueOf(field.Key).Trim() is { Length: > 0 } text
        && field.Type.Parse(field, text) is { IsValid: true, Value: long id } ? id : null;
}
