using System.Linq.Expressions;
using Comptoir.Core.Metadata;
using Comptoir.Core.Pricing;
using Comptoir.Core.Records;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;

namespace Comptoir.Data.Pricing;

public sealed class PriceListStore(AppDbContext db, IModuleRegistry registry, IWriteGate gate, SettingsStore settings)
    : RecordStore<PriceList>(db, registry, gate, settings, PriceListsModule.Name)
{
    protected override Expression<Func<PriceList, bool>> SearchPredicate(string query) =>
        PrefixRange.StartsWith<PriceList>(nameof(PriceList.NameKey), SearchKey.Fold(query));
}
