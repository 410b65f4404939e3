using Comptoir.Data.RecycleBin;

namespace Comptoir.Data.Modules;

/// <summary>
/// One module as the application registered it (<see cref="ModuleServices.AddComptoirModule{TRecord, TStore}"/>):
/// its built-in definition, its record and store types, what its registration declared, and the capabilities
/// its types imply. Generic code (store lookup, names, reference checks, recycle bin, API) reads these rather
/// than a list of modules of its own.
/// </summary>
public abstract class ModuleRegistration
{
    private protected ModuleRegistration(ModuleDefinition definition, Type storeType, ModuleOptions options)
    {
        Definition = definition;
        StoreType = storeType;
        Options = options;
    }

    /// <summary>The definition as built in, before any layout change (see Layout/LayoutRegistry).</summary>
    public ModuleDefinition Definition { get; }
    public string Name => Definition.Name;
    public abstract Type RecordType { get; }
    public Type StoreType { get; }
    public ModuleOptions Options { get; }

    /// <summary>Deleted records go to the recycle bin (the record is <see cref="ISoftDeletable"/>); others go for good.</summary>
    public bool GoesToBin => typeof(ISoftDeletable).IsAssignableFrom(RecordType);

    /// <summary>Records are « Assigné à » a user or a team (<see cref="IOwnedRecord"/>), who see them when the module is private.</summary>
    public bool HasOwner => typeof(IOwnedRecord).IsAssignableFrom(RecordType);

    /// <summary>Records get a number (CPT-000042) from the module's sequence.</summary>
    public bool IsNumbered => Definition.NumberPrefix is not null;

    /// <summary>The module's reference fields stored in a column; custom reference fields are left as they are by deletions.</summary>
    public IEnumerable<FieldDefinition> ReferenceFields =>
        Definition.Fields.Where(f => f.ReferenceModule is not null && f.Storage.Column is not null);

    /// <summary>The names of records by id, as forms and lists show a reference to them (see Records/RecordNames).</summary>
    internal abstract Task<List<(long Id, string Name)>> NamesAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>
    /// Clears <paramref name="column"/> where it points at one of <paramref name="targets"/>, on every record but
    /// <paramref name="staying"/> (those going to the bin too), deleted ones included; each cleared record gets a new version.
    /// </summary>
    /// <returns>The records cleared and what each pointed at.</returns>
    internal abstract Task<List<(long Id, long To)>> CutAsync(AppDbContext db, string column, IReadOnlyCollection<long> targets,
        IReadOnlyCollection<long> staying, UserContext user, DateTime now, CancellationToken ct);

    /// <summary>Sets <paramref name="column"/> back to <paramref name="to"/> on those of <paramref name="ids"/> where it is still empty.</summary>
    /// <returns>The records linked again.</returns>
    internal abstract Task<List<long>> RelinkAsync(AppDbContext db, string column, long to, IReadOnlyCollection<long> ids,
        UserContext user, DateTime now, CancellationToken ct);

    /// <summary>
    /// Points <paramref name="column"/> at <paramref name="to"/> where it points at one of <paramref name="from"/>, on every
    /// record but <paramref name="except"/> (only <paramref name="among"/> when given), deleted ones included: a merge
    /// moving references to the record kept, a restore moving them back. Each record moved gets a new version.
    /// </summary>
    /// <returns>The records moved and what each pointed at.</returns>
    internal abstract Task<List<(long Id, long From)>> RepointAsync(AppDbContext db, string column, IReadOnlyCollection<long> from, long to,
        long? except, IReadOnlyCollection<long>? among, UserContext user, DateTime now, CancellationToken ct);

    /// <summary>Marks records deleted (into the bin) along with another one.</summary>
    internal abstract Task BinAsync(AppDbContext db, IReadOnlyCollection<long> ids, UserContext user, DateTime now, CancellationToken ct);

    /// <summary>Brings back those of <paramref name="ids"/> still in the bin.</summary>
    /// <returns>The records restored; those purged since are simply gone.</returns>
    internal abstract Task<List<long>> UnbinAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>The ids of the records out of the recycle bin, as a subquery (« Trouver les doublons » joins its keys with it).</summary>
    internal abstract IQueryable<long> LiveIds(AppDbContext db);

    /// <summary>The next <paramref name="size"/> records after id <paramref name="after"/>, in the bin too, by id (the search index's build).</summary>
    internal abstract Task<List<IRecord>> BatchAsync(AppDbContext db, long after, int size, CancellationToken ct);

    /// <summary>Deletes for good those of <paramref name="ids"/> that are in the bin.</summary>
    internal abstract Task PurgeAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct);
}

/// <summary>The typed side of a registration: the queries generic code runs on the module's table.</summary>
internal sealed class ModuleRegistration<TRecord>(ModuleDefinition definition, Type storeType, ModuleOptions options)
    : ModuleRegistration(definition, storeType, options)
    where TRecord : class, IRecord, new()
{
    public override Type RecordType => typeof(TRecord);

    private string? ColumnOf(string? key) => key is null ? null : Definition.FindField(key)?.Storage.Column;

    internal override async Task<List<(long Id, string Name)>> NamesAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ColumnOf(Definition.TitleField) is not { } title) return [];
        var records = db.Set<TRecord>().AsNoTracking().Where(r => ids.Contains(r.Id));
        if (ColumnOf(Definition.TitleDetailField) is { } detail)
            return (await records.Select(r => new { r.Id, Title = EF.Property<string>(r, title), Detail = EF.Property<string>(r, detail) }).ToListAsync(ct))
                .ConvertAll(r => (r.Id, ModuleDefinition.TitleOf(r.Title, r.Detail)));
        return (await records.Select(r => new { r.Id, Title = EF.Property<string>(r, title) }).ToListAsync(ct))
            .ConvertAll(r => (r.Id, r.Title));
    }

    internal override async Task<List<(long Id, long To)>> CutAsync(AppDbContext db, string column, IReadOnlyCollection<long> targets,
        IReadOnlyCollection<long> staying, UserContext user, DateTime now, CancellationToken ct)
    {
        var pointing = targets.Select(t => (long?)t).ToList();
        var rows = await db.Set<TRecord>().IgnoreQueryFilters()
            .Where(r => pointing.Contains(EF.Property<long?>(r, column)) && !staying.Contains(r.Id))
            .Select(r => new { r.Id, To = EF.Property<long?>(r, column) }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = rows.ConvertAll(r => r.Id);
        await db.Set<TRecord>().IgnoreQueryFilters().Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(s => Touch(s, user, now).SetProperty(r => EF.Property<long?>(r, column), (long?)null), ct);
        await ReindexAsync(db, ids, ct);
        return rows.ConvertAll(r => (r.Id, r.To!.Value));
    }

    internal override async Task<List<long>> RelinkAsync(AppDbContext db, string column, long to, IReadOnlyCollection<long> ids,
        UserContext user, DateTime now, CancellationToken ct)
    {
        var empty = await db.Set<TRecord>().IgnoreQueryFilters().Where(r => ids.Contains(r.Id) && EF.Property<long?>(r, column) == null)
            .Select(r => r.Id).ToListAsync(ct);
        if (empty.Count == 0) return [];
        await db.Set<TRecord>().IgnoreQueryFilters().Where(r => empty.Contains(r.Id) && EF.Property<long?>(r, column) == null)
            .ExecuteUpdateAsync(s => Touch(s, user, now).SetProperty(r => EF.Property<long?>(r, column), to), ct);
        await ReindexAsync(db, empty, ct);
        return empty;
    }

    internal override async Task<List<(long Id, long From)>> RepointAsync(AppDbContext db, string column, IReadOnlyCollection<long> from, long to,
        long? except, IReadOnlyCollection<long>? among, UserContext user, DateTime now, CancellationToken ct)
    {
        var pointing = from.Select(f => (long?)f).ToList();
        var query = db.Set<TRecord>().IgnoreQueryFilters().Where(r => pointing.Contains(EF.Property<long?>(r, column)));
        if (except is long left) query = query.Where(r => r.Id != left);
        if (among is not null) query = query.Where(r => among.Contains(r.Id));
        var rows = await query.Select(r => new { r.Id, From = EF.Property<long?>(r, column) }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = rows.ConvertAll(r => r.Id);
        await db.Set<TRecord>().IgnoreQueryFilters().Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(s => Touch(s, user, now).SetProperty(r => EF.Property<long?>(r, column), (long?)to), ct);
        await ReindexAsync(db, ids, ct);
        return rows.ConvertAll(r => (r.Id, r.From!.Value));
    }

    /// <summary>The search terms and duplicate keys of records a bulk update changed: a reference may be one (a contact's account).</summary>
    private async Task ReindexAsync(AppDbContext db, List<long> ids, CancellationToken ct)
    {
        if (!Search.SearchIndexer.Indexed(Definition)) return;
        var records = await db.Set<TRecord>().IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        await Search.SearchIndexer.RefreshAsync(db, this, records.ConvertAll(r => (IRecord)r), ct);
    }

    /// <summary>A reference changed by the bin is an edit: a new version, by this user, now.</summary>
    private static Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<TRecord> Touch(
        Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<TRecord> setters, UserContext user, DateTime now) =>
        setters.SetProperty(r => EF.Property<int>(r, nameof(IRecord.Version)), r => EF.Property<int>(r, nameof(IRecord.Version)) + 1)
            .SetProperty(r => EF.Property<DateTime>(r, nameof(IRecord.UpdatedAt)), now)
            .SetProperty(r => EF.Property<int?>(r, nameof(IRecord.UpdatedById)), user.UserId);

    internal override Task BinAsync(AppDbContext db, IReadOnlyCollection<long> ids, UserContext user, DateTime now, CancellationToken ct) =>
        db.Set<TRecord>().Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTime?>(r, nameof(ISoftDeletable.DeletedAt)), now)
                .SetProperty(r => EF.Property<int?>(r, nameof(ISoftDeletable.DeletedById)), user.UserId), ct);

    internal override async Task<List<long>> UnbinAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var present = await InBin(db, ids).Select(r => r.Id).ToListAsync(ct);
        if (present.Count == 0) return [];
        await db.Set<TRecord>().IgnoreQueryFilters().Where(r => present.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTime?>(r, nameof(ISoftDeletable.DeletedAt)), (DateTime?)null)
                .SetProperty(r => EF.Property<int?>(r, nameof(ISoftDeletable.DeletedById)), (int?)null), ct);
        return present;
    }

    internal override IQueryable<long> LiveIds(AppDbContext db) => db.Set<TRecord>().Select(r => r.Id);

    internal override async Task<List<IRecord>> BatchAsync(AppDbContext db, long after, int size, CancellationToken ct) =>
        (await db.Set<TRecord>().IgnoreQueryFilters().AsNoTracking().Where(r => r.Id > after).OrderBy(r => r.Id).Take(size).ToListAsync(ct))
        .ConvertAll(r => (IRecord)r);

    internal override async Task PurgeAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var purged = await InBin(db, ids).Select(r => r.Id).ToListAsync(ct);
        await InBin(db, ids).ExecuteDeleteAsync(ct);
        // Records in the bin keep their terms for a restore; purged, they go.
        var module = Name;
        var keys = Duplicates.DuplicateKeys.IndexOf(module);
        await db.SearchTerms.Where(t => (t.Module == module || t.Module == keys) && purged.Contains(t.RecordId)).ExecuteDeleteAsync(ct);
    }

    private static IQueryable<TRecord> InBin(AppDbContext db, IReadOnlyCollection<long> ids) =>
        db.Set<TRecord>().IgnoreQueryFilters().Where(r => ids.Contains(r.Id) && EF.Property<DateTime?>(r, nameof(ISoftDeletable.DeletedAt)) != null);
}
