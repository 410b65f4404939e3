using System.Linq.Expressions;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.Settings;

namespace Comptoir.Data.Records;

/// <summary>A store of records « Assigné à » a user or a team: when the module is private, only they (and administrators) see them.</summary>
public abstract class OwnedRecordStore<T>(AppDbContext db, IModuleRegistry registry, IWriteGate gate, SettingsStore settings, string moduleName)
    : RecordStore<T>(db, registry, gate, settings, moduleName)
    where T : class, IOwnedRecord, new()
{
    protected override Task<Expression<Func<T, bool>>> VisibilityAsync(UserContext user, CancellationToken ct) =>
        Visibility.FilterAsync<T>(Settings, ModuleName, user, ct);
}
