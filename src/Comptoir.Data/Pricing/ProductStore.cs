using System.Linq.Expressions;
using Comptoir.Core.Metadata;
using Comptoir.Core.Pricing;
using Comptoir.Core.Records;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;

// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

namespace Comptoir.Data.Pricing;

public sealed class ProductStore(AppDbContext db, IModuleRegistry registry, IWriteGate gate, SettingsStore settings)
    : RecordStore<Product>(db, registry, gate, settings, ProductsModule.Name)
{
    /// <summary>The start of the reference (as typed) or of the name (accents and case ignored).</summary>
    protected override Expression<Func<Product, bool>> SearchPredicate(string query)
    {
        var codeUpper = PrefixRange.Next(query);
        var key = SearchKey.Fold(query);
        var keyUpper = PrefixRange.Next(key);
        return p => (string.Compare(p.Code, query) >= 0 && string.Compare(p.Code, codeUpper) < 0)
                    || (string.Compare(p.NameKey, key) >= 0 && string.Compare(p.NameKey, keyUpper) < 0);
    }
}
