using System.Linq.Expressions;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.CustomFields;
using Comptoir.Data.History;
using Comptoir.Data.Numbering;
using Comptoir.Data.RecycleBin;
using Comptoir.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Data.Records;

public enum SaveStatus { Saved, Invalid, NotFound, VersionMismatch, Forbidden }

public sealed record SaveOutcome<T>(SaveStatus Status, T? Record, RecordValidation? Validation = null);

/// <summary>
/// A store seen without its record type: lets pages written once (Features/Records) serve every module
/// the registry has, while each module keeps its typed store and hooks.
/// </summary>
public interface IRecordStore
{
    ModuleDefinition Module { get; }
    Task<IRecord?> FindRecordAsync(UserContext user, long id, CancellationToken ct);
    Task<ListPage<IRecord>> ListRecordsAsync(UserContext user, ListRequest request, CancellationToken ct);
    Task<int> CountAsync(UserContext user, ListRequest request, int upTo, CancellationToken ct);
    Task<SaveOutcome<IRecord>> CreateRecordAsync(UserContext user, RecordInput input, CancellationToken ct);
    Task<SaveOutcome<IRecord>> UpdateRecordAsync(UserContext user, long id, RecordInput input, bool partial, int? expectedVersion, CancellationToken ct);
    Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, CancellationToken ct);
    bool MayDelete(UserContext user);
    Task<string?> DeletionRefusalAsync(UserContext user, long id, CancellationToken ct);
    /// <summary>True when a deleted record goes to the recycle bin rather than away for good.</summary>
    bool GoesToBin { get; }
}

/// <summary>
/// Reads and writes the records of one module through the registry: validation, numbering,
/// visibility and optimistic concurrency live here once, for the pages and the API.
/// </summary>
public abstract class RecordStore<T>(AppDbContext db, IModuleRegistry registry, IWriteGate gate, SettingsStore settings, string moduleName)
    : IRecordStore
    where T : class, IRecord, new()
{
    protected AppDbContext Db { get; } = db;
    protected IModuleRegistry Registry { get; } = registry;
    protected SettingsStore Settings { get; } = settings;
    protected string ModuleName { get; } = moduleName;
    public ModuleDefinition Module => Registry.Get(ModuleName);

    /// <summary>What a search box matches for this module (name prefix, number, SIRET…).</summary>
    protected abstract Expression<Func<T, bool>> SearchPredicate(string query);

    /// <summary>Module rules between a record and the records it refers to (an account is not its own parent).</summary>
    protected virtual void CheckRelations(long id, RecordValidation validation) { }

    /// <summary>
    /// Why a record may not be deleted (a sentence for the user, naming only what they may see), or null;
    /// pages and API ask before deleting.
    /// </summary>
    public virtual Task<string?> DeletionRefusalAsync(UserContext user, long id, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>Whether the user may delete the module's records at all; pages offer « Supprimer » only then, the API answers 403.</summary>
    public virtual bool MayDelete(UserContext user) => true;

    public bool GoesToBin => typeof(ISoftDeletable).IsAssignableFrom(typeof(T));

    /// <summary>Module rules checked on the record about to be written (a code already taken…); add errors to refuse the save.</summary>
    protected virtual Task ValidateRecordAsync(T record, bool isNew, RecordValidation validation, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Runs after validation, before the write gate and outside the transaction: the reads the save will need
    /// (the ledger code rule…), so that the gate, which queues every writer on SQLite, holds only writes.
    /// </summary>
    protected virtual Task PrepareSavingAsync(T record, bool isNew, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Runs in the write transaction, just before the record is written (ledger code generation…). A new
    /// record is already added to the context, so what the hook adds is written in the same SaveChanges.
    /// </summary>
    protected virtual Task OnSavingAsync(T record, bool isNew, UserContext user, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// What a record's creation line names (by default nothing: the record shows its values). Read before the
    /// save's hooks, so it sees what the user sent rather than what a hook generated.
    /// </summary>
    protected virtual IReadOnlyList<FieldChange> CreationChanges(T record) => [];

    /// <summary>Which records the user may see; every record unless the module has owners (see <see cref="OwnedRecordStore{T}"/>).</summary>
    protected virtual Task<Expression<Func<T, bool>>> VisibilityAsync(UserContext user, CancellationToken ct) =>
        Task.FromResult<Expression<Func<T, bool>>>(_ => true);

    public async Task<IQueryable<T>> VisibleAsync(UserContext user, CancellationToken ct) =>
        Db.Set<T>().Where(await VisibilityAsync(user, ct));

    public async Task<T?> FindAsync(UserContext user, long id, CancellationToken ct) =>
        await (await VisibleAsync(user, ct)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public IReferenceChecker CheckerFor(UserContext user) => new DbReferenceChecker(Db, Settings, user);

    /// <param name="inTransaction">Runs after the insert, in its transaction (idempotency records).</param>
    public async Task<SaveOutcome<T>> CreateAsync(UserContext user, RecordInput input, CancellationToken ct, Func<T, Task>? inTransaction = null)
    {
        var module = Module;
        foreach (var owner in module.ActiveFields.Where(f => f.Type is OwnerFieldType && !input.Has(f.Key)))
            input.Set(owner.Key, new OwnerRef(OwnerKind.User, user.UserId).ToString());

        var checker = new DbReferenceChecker(Db, Settings, user);
        var validation = await RecordValidator.ValidateAsync(module, input, partial: false, checker, ct);
        if (!validation.IsValid) return new(SaveStatus.Invalid, null, validation);

        var record = new T();
        await ApplyAsync(module, record, validation, checker, ct);
        await ValidateRecordAsync(record, isNew: true, validation, ct);
        if (!validation.IsValid) return new(SaveStatus.Invalid, null, validation);
        var noted = CreationChanges(record);
        var now = DateTime.UtcNow;
        record.CreatedAt = record.UpdatedAt = now;
        record.CreatedById = record.UpdatedById = user.UserId;
        record.Version = 1;
        await PrepareSavingAsync(record, isNew: true, ct);

        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(ct);
            if (module.NumberPrefix is { } prefix)
                record.Number = NumberAllocator.Format(prefix, await NumberAllocator.NextAsync(Db, module.Name, ct));
            Db.Add(record);
            await OnSavingAsync(record, isNew: true, user, ct);
            await Db.SaveChangesAsync(ct);
            RecordHistory.Add(Db, module.Name, record.Id, user, RecordHistory.Created, noted);
            await Db.SaveChangesAsync(ct);
            if (inTransaction is not null) await inTransaction(record);
            await transaction.CommitAsync(ct);
        }
        return new(SaveStatus.Saved, record, validation);
    }

    /// <param name="partial">PATCH semantics: only the keys sent change.</param>
    /// <param name="expectedVersion">From If-Match or the edit form: refuse to overwrite someone else's change.</param>
    public async Task<SaveOutcome<T>> UpdateAsync(UserContext user, long id, RecordInput input, bool partial, int? expectedVersion, CancellationToken ct)
    {
        var record = await (await VisibleAsync(user, ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return new(SaveStatus.NotFound, null);
        if (expectedVersion is int v && v != record.Version) return new(SaveStatus.VersionMismatch, null);

        var module = Module;
        var checker = new DbReferenceChecker(Db, Settings, user);
        var validation = await RecordValidator.ValidateAsync(module, input, partial, checker, record, ct);
        CheckRelations(id, validation);
        if (!validation.IsValid) return new(SaveStatus.Invalid, record, validation);

        var before = RecordHistory.Snapshot(module, record);
        await ApplyAsync(module, record, validation, checker, ct);
        await ValidateRecordAsync(record, isNew: false, validation, ct);
        if (!validation.IsValid) return new(SaveStatus.Invalid, record, validation);
        // A save that changes nothing keeps its version: no new ETag, no history line.
        var versioned = RecordHistory.Diff(before, RecordHistory.Snapshot(module, record)).Count > 0;
        if (versioned) NewVersion(record, user);
        await PrepareSavingAsync(record, isNew: false, ct);
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                await OnSavingAsync(record, isNew: false, user, ct);
                // Again after the hook: it may fill fields itself (a generated ledger account).
                var changes = RecordHistory.Diff(before, RecordHistory.Snapshot(module, record));
                if (changes.Count == 0) return new(SaveStatus.Saved, record, validation);
                if (!versioned) NewVersion(record, user);
                RecordHistory.Add(Db, module.Name, record.Id, user, RecordHistory.Updated, changes);
                await Db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(SaveStatus.VersionMismatch, null);
        }
        return new(SaveStatus.Saved, record, validation);

        static void NewVersion(T record, UserContext user)
        {
            record.Version++;
            record.UpdatedAt = DateTime.UtcNow;
            record.UpdatedById = user.UserId;
        }
    }

    public Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, CancellationToken ct) =>
        DeleteAsync(user, id, expectedVersion, ContactsOnDelete.Keep, ct);

    /// <summary>
    /// A record that can go to the recycle bin (<see cref="ISoftDeletable"/>) is marked deleted, with its bin
    /// entry and history line, and keeps its number; others are deleted for good.
    /// </summary>
    /// <param name="contacts">Deleting an account: keep its contacts, unlinked, or send them to the bin with it.</param>
    public async Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, ContactsOnDelete contacts, CancellationToken ct)
    {
        var record = await (await VisibleAsync(user, ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return SaveStatus.NotFound;
        if (!MayDelete(user)) return SaveStatus.Forbidden;
        if (expectedVersion is int v && v != record.Version) return SaveStatus.VersionMismatch;
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                if (record is ISoftDeletable) await RecycleBinMoves.MoveAsync(Db, Settings, Module, record, user, contacts, ct);
                else
                {
                    Db.Remove(record);
                    await Db.SaveChangesAsync(ct);
                }
                await transaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveStatus.VersionMismatch;
        }
        return SaveStatus.Saved;
    }

    /// <summary>
    /// Brings a record back from the recycle bin with what went with it and the links its deletion cleared.
    /// NotFound when the user may not see it, it is not in the bin (any more), or it went with its account (restore that).
    /// </summary>
    public async Task<SaveStatus> RestoreAsync(UserContext user, long id, CancellationToken ct)
    {
        var inBin = Db.Set<T>().IgnoreQueryFilters().Where(await VisibilityAsync(user, ct));
        var record = await inBin.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is not ISoftDeletable { DeletedAt: not null }) return SaveStatus.NotFound;
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                if (!await RecycleBinMoves.RestoreAsync(Db, Module, record, user, ct)) return SaveStatus.NotFound;
                await transaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveStatus.NotFound; // restored (or emptied) by someone else meanwhile: no longer in the bin
        }
        return SaveStatus.Saved;
    }

    async Task<IRecord?> IRecordStore.FindRecordAsync(UserContext user, long id, CancellationToken ct) =>
        await FindAsync(user, id, ct);

    async Task<ListPage<IRecord>> IRecordStore.ListRecordsAsync(UserContext user, ListRequest request, CancellationToken ct)
    {
        var page = await ListAsync(user, request, ct);
        return new ListPage<IRecord>(page.Items, page.NextCursor, page.Sort, page.Descending) { PreviousCursor = page.PreviousCursor };
    }

    async Task<SaveOutcome<IRecord>> IRecordStore.CreateRecordAsync(UserContext user, RecordInput input, CancellationToken ct)
    {
        var outcome = await CreateAsync(user, input, ct);
        return new SaveOutcome<IRecord>(outcome.Status, outcome.Record, outcome.Validation);
    }

    async Task<SaveOutcome<IRecord>> IRecordStore.UpdateRecordAsync(UserContext user, long id, RecordInput input, bool partial, int? expectedVersion, CancellationToken ct)
    {
        var outcome = await UpdateAsync(user, id, input, partial, expectedVersion, ct);
        return new SaveOutcome<IRecord>(outcome.Status, outcome.Record, outcome.Validation);
    }

    private static async Task ApplyAsync(ModuleDefinition module, T record, RecordValidation validation, DbReferenceChecker checker, CancellationToken ct)
    {
        foreach (var (key, value) in validation.Values)
        {
            var field = module.FindField(key);
            if (field is null) continue;
            FieldAccess.Set(record, field, value);
            if (field.Type is OwnerFieldType && value is OwnerRef owner && record is IOwnedRecord owned)
                owned.AssigneeName = await checker.OwnerNameAsync(owner, ct) ?? "";
        }
        module.BeforeSave?.Invoke(record);
    }

    public async Task<ListPage<T>> ListAsync(UserContext user, ListRequest request, CancellationToken ct)
    {
        var module = Module;
        var (query, filtered) = await MatchingAsync(user, request, forCount: false, ct);
        var limit = Math.Clamp(request.Limit, 1, 200);
        var cursor = Keyset.Decode(request.Cursor);
        var sortField = request.Sort is null ? null : module.FindField(request.Sort);
        if (sortField is { Storage.IsCustom: true } && CustomFieldKinds.Sortable(sortField))
        {
            var key = sortField.Key;
            // Filtered on the sorted field, the value is one and the same: order by id alone. SQLite does not
            // see that an equality makes an expression constant, and would sort what the index already orders.
            var single = filtered.Contains(key);
            var page = CustomFieldKinds.KindOf(sortField) == CustomValueKind.Number
                ? await KeysetPages.ReadAsync(query, CustomFieldQueries.NumberOf<T>(key), cursor?.Number is { } n ? (n, cursor.Id, cursor.Before) : null,
                    request.Descending, limit, Keyset.Encode, single, ct)
                : await KeysetPages.ReadAsync(query, CustomFieldQueries.TextOf<T>(key), cursor?.Text is { } t ? (t, cursor.Id, cursor.Before) : null,
                    request.Descending, limit, Keyset.Encode, single, ct);
            return new ListPage<T>(page.Items, page.Next, key, request.Descending) { PreviousCursor = page.Previous };
        }

        // Keyset cursors carry text for real columns: a standard field sorts only when its column is text.
        if (sortField is null || sortField.Storage.IsCustom || !sortField.Sortable
            || typeof(T).GetProperty(sortField.OrderColumn!)?.PropertyType != typeof(string))
            sortField = module.FindField(module.TitleField)!;
        var column = sortField.OrderColumn!;
        var byColumn = await KeysetPages.ReadAsync(query, r => EF.Property<string>(r, column),
            cursor?.Text is { } after ? (after, cursor.Id, cursor.Before) : null,
            request.Descending, limit, (v, id, before) => Keyset.Encode(v ?? "", id, before), byIdOnly: false, ct);
        return new ListPage<T>(byColumn.Items, byColumn.Next, sortField.Key, request.Descending) { PreviousCursor = byColumn.Previous };
    }

    /// <summary>
    /// How many records the list's search and filters match (sort and cursor aside), counting no further
    /// than <paramref name="upTo"/>: a bounded count stays cheap at a million rows, where an exact one would read them all.
    /// </summary>
    public async Task<int> CountAsync(UserContext user, ListRequest request, int upTo, CancellationToken ct)
    {
        var (query, _) = await MatchingAsync(user, request, forCount: true, ct);
        return await query.Take(upTo).CountAsync(ct);
    }

    /// <summary>The visible records that match the request's search and filters, and the keys of the filters applied.</summary>
    /// <param name="forCount">No order to follow: every custom field filter goes through its own index.</param>
    private async Task<(IQueryable<T> Query, HashSet<string> Filtered)> MatchingAsync(UserContext user, ListRequest request, bool forCount, CancellationToken ct)
    {
        var module = Module;
        var query = (await VisibleAsync(user, ct)).AsNoTracking();
        // PostgreSQL refuses NUL in a text parameter (a 500); no stored value holds one, so drop it.
        var search = request.Search?.Replace("\0", "", StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(SearchPredicate(search.Trim()));
        var filtered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Filters)
        {
            var field = module.FindField(key);
            if (field is null || field.Type is OwnerFieldType) continue;
            var parsed = field.Type.Parse(field, value.Trim());
            if (!parsed.IsValid || parsed.Value is null) continue;
            if (field.Storage.Column is { } filterColumn) query = query.Where(Keyset.Equal<T>(filterColumn, parsed.Value));
            else if (CustomFieldQueries.Equal<T>(field, parsed.Value,
                         indexed: forCount || key == request.Sort || !CustomFieldKinds.Indexed(field) || await IsRareAsync(field, parsed.Value, ct)) is { } custom)
                query = query.Where(custom);
            else continue;
            filtered.Add(key);
        }
        return (query, filtered);
    }

    /// <summary>Matches beyond which a custom field filter is checked row by row in the sort's order (SQLite).</summary>
    private const int RareMatches = 5_000;

    /// <summary>
    /// SQLite picks the filter's index whenever there is one, then sorts every match: 100,000 « or »
    /// among a million accounts to sort for one page. Its statistics cannot tell a rare value from a
    /// common one, so count (index only, stopping at <see cref="RareMatches"/>): a rare value keeps
    /// its index, a common one is checked while the sort's index is walked, which finds a page of it
    /// within a few thousand rows. PostgreSQL's statistics know each value's frequency: it chooses alone.
    /// </summary>
    private async Task<bool> IsRareAsync(FieldDefinition field, object value, CancellationToken ct)
    {
        if (Db.Provider != DatabaseProvider.Sqlite || CustomFieldQueries.Equal<T>(field, value) is not { } indexed) return true;
        // A value's frequency barely moves from one request to the next: count it once every few seconds
        // rather than on every list request. A stale answer only picks the slower of two correct plans.
        var cacheKey = (Db.Database.GetConnectionString() ?? "", typeof(T), field.Key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        if (RareCache.TryGetValue(cacheKey, out var known) && known.Until > DateTime.UtcNow) return known.Rare;
        var rare = await Db.Set<T>().Where(indexed).Take(RareMatches).CountAsync(ct) < RareMatches;
        if (RareCache.Count > 10_000) RareCache.Clear();
        RareCache[cacheKey] = (rare, DateTime.UtcNow.AddSeconds(10));
        return rare;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Db, Type Record, string Key, string Value), (bool Rare, DateTime Until)> RareCache = new();
}

public sealed record ListRequest(string? Search, string? Sort, bool Descending, string? Cursor, int Limit)
{
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();
}

public sealed record ListPage<T>(IReadOnlyList<T> Items, string? NextCursor, string Sort, bool Descending)
{
    /// <summary>The cursor of the page before this one (it reads backwards); null on the first page.</summary>
    public string? PreviousCursor { get; init; }
}
