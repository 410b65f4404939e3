namespace Comptoir.Data.Accounting;

/// <summary>
/// Ledger accounts typed by hand. A code is unique and never one given before, even to a deleted
/// ledger account (accounting software may still hold entries under it). A code may change on edit
/// to another unclaimed code; the old one stays claimed, so it is never given to someone else.
/// </summary>
public sealed class LedgerAccountStore(RecordStoreServices services)
    : RecordStore<LedgerAccount>(services, LedgerAccountsModule.Name)
{
    /// <summary>A ledger account follows the customers linked to it (see <see cref="Visibility.LedgerAccountsAsync"/>).</summary>
    protected override Task<Expression<Func<LedgerAccount, bool>>> VisibilityAsync(UserContext user, CancellationToken ct) =>
        Visibility.LedgerAccountsAsync(Db, Settings, user, ct);

    /// <summary>A ledger account may hold entries in the accounting software: only administrators delete one.</summary>
    public override bool MayDelete(UserContext user) => user.IsAdmin;

    /// <summary>Accounts named at most in a refusal; the others are counted.</summary>
    public const int RefusalNames = 5;

    /// <summary>
    /// A ledger account a live customer account is booked under is not deleted: the customer would silently lose
    /// its « Comptabilité ». The refusal names those accounts (number and name) the user may see, and counts the rest.
    /// Accounts in the recycle bin do not refuse it: they lose the link, and get it back with the restore.
    /// </summary>
    public override async Task<string?> DeletionRefusalAsync(UserContext user, long id, CancellationToken ct)
    {
        var linked = Db.Accounts.AsNoTracking().Where(a => a.LedgerAccountId == id);
        var count = await linked.CountAsync(ct);
        if (count == 0) return null;
        var visible = await Visibility.FilterAsync<Account>(Settings, AccountsModule.Name, user, ct);
        var named = (await linked.Where(visible).OrderBy(a => a.Number).Take(RefusalNames).Select(a => new { a.Number, a.Name }).ToListAsync(ct))
            .ConvertAll(a => AccountingText.T("{0} « {1} »", a.Number, a.Name));
        if (named.Count == 0)
            return AccountingText.T("Ce compte comptable est utilisé par {0} compte(s) client(s) : choisissez-leur un autre compte comptable, ou rendez celui-ci inactif, plutôt que de le supprimer.", count);
        var accounts = string.Join(", ", named);
        if (count > named.Count) accounts = AccountingText.T("{0} et {1} autre(s)", accounts, count - named.Count);
        return AccountingText.T("Ce compte comptable est utilisé par les comptes clients {0} : choisissez-leur un autre compte comptable, ou rendez celui-ci inactif, plutôt que de le supprimer.", accounts);
    }

    protected override async Task ValidateRecordAsync(LedgerAccount record, bool isNew, RecordValidation validation, CancellationToken ct)
    {
        if (record.Code.Length == 0 || !CodeChanged(record, isNew)) return;
        if (await Db.LedgerAccounts.AsNoTracking().AnyAsync(l => l.Code == record.Code && l.Id != record.Id, ct))
            validation.AddError("code", AccountingText.T("Ce code est déjà utilisé."));
        else if (await LedgerCodeClaims.IsClaimedAsync(Db, record.Code, ct))
            validation.AddError("code", AccountingText.T("Ce code a déjà été utilisé par un compte comptable supprimé : il n'est jamais redonné."));
    }

    protected override async Task OnSavingAsync(LedgerAccount record, bool isNew, PreparedSave? prepared, UserContext user, CancellationToken ct)
    {
        // Checked above; a concurrent save of the same code in between is the only way to lose here.
        if (CodeChanged(record, isNew) && !await LedgerCodeClaims.TryClaimAsync(Db, record.Code, ct))
            throw new LedgerCodeTakenException(record.Code);
    }

    private bool CodeChanged(LedgerAccount record, bool isNew) =>
        isNew || !string.Equals(Db.Entry(record).Property(l => l.Code).OriginalValue, record.Code, StringComparison.Ordinal);
}
