using System.Linq.Expressions;
using Comptoir.Core.Accounting;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;
using Microsoft.EntityFrameworkCore;

// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

namespace Comptoir.Data.Accounting;

/// <summary>
/// Ledger accounts typed by hand. A code is unique and never one given before, even to a deleted
/// ledger account (accounting software may still hold entries under it). A code may change on edit
/// to another unclaimed code; the old one stays claimed, so it is never given to someone else.
/// </summary>
public sealed class LedgerAccountStore(AppDbContext db, IModuleRegistry registry, IWriteGate gate, SettingsStore settings)
    : RecordStore<LedgerAccount>(db, registry, gate, settings, LedgerAccountsModule.Name)
{
    /// <summary>A code prefix (« 411 ») or the start of the label, accents and case ignored.</summary>
    protected override Expression<Func<LedgerAccount, bool>> SearchPredicate(string query)
    {
        var code = query.ToUpperInvariant();
        var codeUpper = PrefixRange.Next(code);
        var key = SearchKey.Fold(query);
        var keyUpper = PrefixRange.Next(key);
        return l => (string.Compare(l.Code, code) >= 0 && string.Compare(l.Code, codeUpper) < 0)
                    || (string.Compare(l.LabelKey, key) >= 0 && string.Compare(l.LabelKey, keyUpper) < 0);
    }

    /// <summary>A ledger account follows the customers linked to it (see <see cref="Visibility.LedgerAccountsAsync"/>).</summary>
    protected override Task<Expression<Func<LedgerAccount, bool>>> VisibilityAsync(UserContext user, CancellationToken ct) =>
        Visibility.LedgerAccountsAsync(Db, Settings, user, ct);

    protected override async Task ValidateRecordAsync(LedgerAccount record, bool isNew, RecordValidation validation, CancellationToken ct)
    {
        if (record.Code.Length == 0 || !CodeChanged(record, isNew)) return;
        if (await Db.LedgerAccounts.AsNoTracking().AnyAsync(l => l.Code == record.Code && l.Id != record.Id, ct))
            validation.AddError("code", AccountingText.T("Ce code est déjà utilisé."));
        else if (await LedgerCodeClaims.IsClaimedAsync(Db, record.Code, ct))
            validation.AddError("code", AccountingText.T("Ce code a déjà été utilisé par un compte comptable supprimé : il n'est jamais redonné."));
    }

    protected override async Task OnSavingAsync(LedgerAccount record, bool isNew, UserContext user, CancellationToken ct)
    {
        // Checked above; a concurrent save of the same code in between is the only way to lose here.
        if (CodeChanged(record, isNew) && !await LedgerCodeClaims.TryClaimAsync(Db, record.Code, ct))
            throw new LedgerCodeTakenException(record.Code);
    }

    private bool CodeChanged(LedgerAccount record, bool isNew) =>
        isNew || !string.Equals(Db.Entry(record).Property(l => l.Code).OriginalValue, record.Code, StringComparison.Ordinal);
}
