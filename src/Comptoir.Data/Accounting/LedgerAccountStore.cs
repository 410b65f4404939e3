using System.Linq.Expressions;
using Comptoir.Core.Accounting;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;

// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

namespace Comptoir.Data.Accounting;

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
}
