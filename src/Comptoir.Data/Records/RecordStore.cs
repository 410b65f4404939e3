using Comptoir.Core.Records.Filtering;
using Comptoir.Data.History;
using Comptoir.Data.RecycleBin;

namespace Comptoir.Data.Records;

/// <summary>How a save ended; <c>Duplicate</c>: held by the module's duplicate rule (<see cref="SaveOutcome{T}.Duplicates"/>).</summary>
public enum SaveStatus { Saved, Invalid, NotFound, VersionMismatch, Forbidden, Duplicate }

public sealed record SaveOutcome<T>(SaveStatus Status, T? Record, RecordValidation? Validation = null)
{
    /// <summary>The matches that held the save (status <c>Duplicate</c>) and the rule's action (« Avertir »: confirm with <see cref="RecordInput.DuplicateConfirmed"/>).</summary>
    public Duplicates.DuplicateReport? Duplicates { get; init; }
}

/// <summary>
/// A store seen without its record type, found by module name (<see cref="RecordStores"/>): the one contract
/// through which pages written once (Features/Records) and the API serve every registered module, while each
/// module keeps its typed store and hooks.
/// </summary>
public interface IRecordStore
{
    ModuleDefinition Module { get; }
    Task<IRecord?> FindRecordAsync(UserContext user, long id, CancellationToken ct);
    /// <summary>True when the record exists and the user may see it.</summary>
    Task<bool> ExistsAsync(UserContext user, long id, CancellationToken ct);
    Task<ListPage<IRecord>> ListRecordsAsync(UserContext user, ListRequest request, CancellationToken ct);
    Task<int> CountAsync(UserContext user, ListRequest request, int upTo, CancellationToken ct);
    /// <summary>What a list matches, all of it, in pages read by keyset (RecordStore.Export.cs); only <paramref name="ids"/> among them when given.</summary>
    IAsyncEnumerable<IReadOnlyList<IRecord>> ExportPagesAsync(UserContext user, ListRequest request, IReadOnlyCollection<long>? ids, CancellationToken ct);
    /// <summary>
    /// The ids of the visible records the list's search and filters match, above <paramref name="after"/>, in id order,
    /// at most <paramref name="limit"/>: how a mass action walks a filter batch by batch (RecordStore.Mass.cs).
    /// </summary>
    Task<IReadOnlyList<long>> MatchingIdsAsync(UserContext user, ListRequest request, long after, int limit, CancellationToken ct);
    /// <summary>Checks values about to be set on many records (a mass update) as a save would, with no record: the field errors.</summary>
    Task<IReadOnlyDictionary<string, List<string>>> CheckValuesAsync(UserContext user, RecordInput input, CancellationToken ct);
    /// <param name="inTransaction">Runs after the insert, in its transaction (idempotency records).</param>
    Task<SaveOutcome<IRecord>> CreateRecordAsync(UserContext user, RecordInput input, CancellationToken ct, Func<IRecord, Task>? inTransaction = null);
    /// <summary>What a create would answer, nothing written (Saved: it would be saved); see RecordStore.Writes.cs.</summary>
    Task<SaveOutcome<IRecord>> CheckCreateRecordAsync(UserContext user, RecordInput input, CancellationToken ct);
    Task<SaveOutcome<IRecord>> UpdateRecordAsync(UserContext user, long id, RecordInput input, bool partial, int? expectedVersion, CancellationToken ct);
    Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, CancellationToken ct);
    /// <param name="choices">What the module's delete options were answered (see <see cref="DeleteWith"/>).</param>
    Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, DeleteChoices choices, CancellationToken ct);
    Task<SaveStatus> RestoreAsync(UserContext user, long id, CancellationToken ct);
    bool MayDelete(UserContext user);
    Task<string?> DeletionRefusalAsync(UserContext user, long id, CancellationToken ct);
    /// <summary>True when a deleted record goes to the recycle bin rather than away for good.</summary>
    bool GoesToBin { get; }
    /// <summary>What the values typed match among the module's records (the form's panel, POST …/duplicates/check); see RecordStore.Duplicates.cs.</summary>
    Task<Duplicates.DuplicateReport> CheckDuplicatesAsync(UserContext user, RecordInput input, long? exclude, CancellationToken ct);
    /// <summary>The records whose every one of <paramref name="fields"/> equals the values typed, on normal forms (an import's duplicates step).</summary>
    Task<Duplicates.DuplicateReport> MatchDuplicatesAsync(UserContext user, RecordInput input, IReadOnlyList<string> fields, CancellationToken ct);
    /// <summary>Merges records into one (RecordStore.Merge.cs): references moved, the others to the bin, the values chosen saved.</summary>
    Task<Merge.MergeOutcome> MergeAsync(UserContext user, Merge.MergeRequest request, CancellationToken ct);
    /// <summary>Of a found group's ids, the records the user may see (named) and those still out of the bin (RecordStore.Duplicates.cs).</summary>
    Task<(IReadOnlyList<Duplicates.DuplicateHit> Visible, IReadOnlySet<long> Existing)> GroupMembersAsync(UserContext user, IReadOnlyCollection<long> ids, CancellationToken ct);
    /// <summary>How records are named where others refer to them (see <see cref="RecordNames"/>), by id; ids not found are left out.</summary>
    Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct);
}

/// <summary>What one store asks of another during a deletion (the records going with it, the bin's visibility).</summary>
internal interface IBinnedRecords
{
    /// <summary>The visible records whose <paramref name="column"/> points at <paramref name="id"/>.</summary>
    Task<List<long>> ReferringAsync(UserContext user, string column, long id, CancellationToken ct);

    /// <summary>The bin entries of this module whose record the user could see were it not deleted.</summary>
    Task<Expression<Func<RecycleBinEntry, bool>>> BinEntriesAsync(UserContext user, CancellationToken ct);
}

/// <summary>What <see cref="RecordStore{T}.PrepareSavingAsync"/> read for <see cref="RecordStore{T}.OnSavingAsync"/>; a store that prepares derives its own.</summary>
public abstract record PreparedSave;

/// <summary>
/// Reads and writes the records of one module through the registry: validation, numbering, visibility and
/// optimistic concurrency live here once, for the pages and the API. The write path is in RecordStore.Writes.cs,
/// the list's pages in RecordPager.cs, exports in RecordStore.Export.cs.
/// </summary>
public abstract partial class RecordStore<T>(RecordStoreServices services, string moduleName) : IRecordStore, IBinnedRecords
    where T : class, IRecord, new()
{
    protected AppDbContext Db { get; } = services.Db;
    protected IModuleRegistry Registry { get; } = services.Registry;
    protected SettingsStore Settings { get; } = services.Settings;
    protected string ModuleName { get; } = moduleName;
    private IWriteGate Gate { get; } = services.Gate;
    private ModuleCatalog Catalog { get; } = services.Catalog;
    private RecordStores Stores { get; } = services.Stores;
    private DatabaseOptions Options { get; } = services.Options;

    public ModuleDefinition Module => Registry.Get(ModuleName);

    /// <summary>
    /// What a search box matches for a module that names no searched fields (<see cref="ModuleDefinition.SearchFields"/>,
    /// which go through the search index instead): by default the start of the title field.
    /// </summary>
    protected virtual Expression<Func<T, bool>> SearchPredicate(string query) =>
        PrefixRange.StartsWith<T>(Module.FindField(Module.TitleField)!.Storage.Column!, query);

    /// <summary>The records the search box's text matches: the same words, numbers, emails and phones everywhere (lists, pickers, /search).</summary>
    private async Task<IQueryable<T>> SearchAsync(IQueryable<T> records, string text, CancellationToken ct) =>
        Module.SearchFields.Count > 0
            ? await Search.SearchMatch.ApplyAsync(records, Db, ModuleName, Core.Search.SearchQuery.Parse(text), Options.SearchWalkFrom, ct)
            : records.Where(SearchPredicate(text));

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
    /// (the ledger code rule…), so that the gate, which queues every writer on SQLite, holds only writes. What it
    /// returns is what <see cref="OnSavingAsync"/> receives.
    /// </summary>
    protected virtual Task<PreparedSave?> PrepareSavingAsync(T record, bool isNew, CancellationToken ct) => Task.FromResult<PreparedSave?>(null);

    /// <summary>
    /// Runs in the write transaction, just before the record is written (ledger code generation…). A new
    /// record is already added to the context, so what the hook adds is written in the same SaveChanges.
    /// </summary>
    /// <param name="prepared">What <see cref="PrepareSavingAsync"/> returned for this save.</param>
    protected virtual Task OnSavingAsync(T record, bool isNew, PreparedSave? prepared, UserContext user, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// What a record's creation line names (by default nothing: the record shows its values). Read before the
    /// save's hooks, so it sees what the user sent rather than what a hook generated.
    /// </summary>
    protected virtual IReadOnlyList<FieldChange> CreationChanges(T record) => [];

    /// <summary>
    /// Which records the user may see: for a record with an owner (<see cref="IOwnedRecord"/>), the module's
    /// privacy (see <see cref="Visibility.FilterAsync{T}"/>); otherwise every record.
    /// </summary>
    protected virtual Task<Expression<Func<T, bool>>> VisibilityAsync(UserContext user, CancellationToken ct) =>
        Visibility.FilterAsync<T>(Settings, ModuleName, user, ct);

    public async Task<IQueryable<T>> VisibleAsync(UserContext user, CancellationToken ct) =>
        Db.Set<T>().Where(await VisibilityAsync(user, ct));

    public async Task<T?> FindAsync(UserContext user, long id, CancellationToken ct) =>
        await (await VisibleAsync(user, ct)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<bool> ExistsAsync(UserContext user, long id, CancellationToken ct) =>
        await (await VisibleAsync(user, ct)).AsNoTracking().AnyAsync(r => r.Id == id, ct);

    public IReferenceChecker CheckerFor(UserContext user) => new DbReferenceChecker(Db, Stores, user);

    public async Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        Catalog.Find(ModuleName) is { } registration
            ? (await registration.NamesAsync(Db, ids, ct)).ToDictionary(n => n.Id, n => n.Name)
            : new Dictionary<long, string>();

    async Task<IRecord?> IRecordStore.FindRecordAsync(UserContext user, long id, CancellationToken ct) =>
        await FindAsync(user, id, ct);

    async Task<ListPage<IRecord>> IRecordStore.ListRecordsAsync(UserContext user, ListRequest request, CancellationToken ct)
    {
        var page = await ListAsync(user, request, ct);
        return new ListPage<IRecord>(page.Items, page.NextCursor, page.Sort, page.Descending) { PreviousCursor = page.PreviousCursor };
    }

    async Task<SaveOutcome<IRecord>> IRecordStore.CreateRecordAsync(UserContext user, RecordInput input, CancellationToken ct, Func<IRecord, Task>? inTransaction)
    {
        var outcome = await CreateAsync(user, input, ct, inTransaction);
        return new SaveOutcome<IRecord>(outcome.Status, outcome.Record, outcome.Validation) { Duplicates = outcome.Duplicates };
    }

    async Task<SaveOutcome<IRecord>> IRecordStore.CheckCreateRecordAsync(UserContext user, RecordInput input, CancellationToken ct)
    {
        var (outcome, _) = await CheckCreateAsync(user, input, ct);
        return new SaveOutcome<IRecord>(outcome.Status, null, outcome.Validation) { Duplicates = outcome.Duplicates };
    }

    async Task<SaveOutcome<IRecord>> IRecordStore.UpdateRecordAsync(UserContext user, long id, RecordInput input, bool partial, int? expectedVersion, CancellationToken ct)
    {
        var outcome = await UpdateAsync(user, id, input, partial, expectedVersion, ct);
        return new SaveOutcome<IRecord>(outcome.Status, outcome.Record, outcome.Validation) { Duplicates = outcome.Duplicates };
    }

    async Task<List<long>> IBinnedRecords.ReferringAsync(UserContext user, string column, long id, CancellationToken ct) =>
        await (await VisibleAsync(user, ct)).Where(r => EF.Property<long?>(r, column) == id).Select(r => r.Id).ToListAsync(ct);

    async Task<Expression<Func<RecycleBinEntry, bool>>> IBinnedRecords.BinEntriesAsync(UserContext user, CancellationToken ct)
    {
        var module = ModuleName;
        var seen = Db.Set<T>().IgnoreQueryFilters().Where(await VisibilityAsync(user, ct));
        return e => e.Module == module && seen.Any(r => r.Id == e.RecordId);
    }

    public async Task<ListPage<T>> ListAsync(UserContext user, ListRequest request, CancellationToken ct)
    {
        var (query, filtered) = await MatchingAsync(user, request, forCount: false, ct);
        return await RecordPager.PageAsync(query, Module, request, filtered, ct);
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
        if (!string.IsNullOrWhiteSpace(search)) query = await SearchAsync(query, search.Trim(), ct);
        var filtered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Filters)
        {
            var field = module.FindField(key);
            if (field is null || !field.Type.FiltersAsColumn && !field.Storage.IsCustom) continue;
            var parsed = field.Type.Parse(field, value.Trim());
            if (!parsed.IsValid || parsed.Value is null) continue;
            if (field.Storage.Column is { } filterColumn) query = query.Where(Keyset.Equal<T>(filterColumn, parsed.Value));
            else if (CustomFields.CustomFieldQueries.Equal<T>(field, parsed.Value,
                         indexed: forCount || key == request.Sort || !CustomFields.CustomFieldKinds.Indexed(field)
                                  || await SqlitePlans.IsRareAsync<T>(Db, field, parsed.Value, ct)) is { } custom)
                query = query.Where(custom);
            else continue;
            filtered.Add(key);
        }
        // Conditions (cond.*) all hold, and at least one of the « OU » group (or.*) when there is one.
        if (request.Conditions.Count > 0) query = query.Where(ConditionPredicates.AllOf<T>(request.Conditions, user, Db.Provider));
        if (request.AnyOf.Count > 0) query = query.Where(ConditionPredicates.AnyOf<T>(request.AnyOf, user, Db.Provider));
        return (query, filtered);
    }
}

public sealed record ListRequest(string? Search, string? Sort, bool Descending, string? Cursor, int Limit)
{
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();
    /// <summary>Conditions that must all hold (?cond.&lt;field&gt;.&lt;operator&gt;=…), checked against the fields' types.</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    /// <summary>The « OU » group (?or.&lt;field&gt;.&lt;operator&gt;=…): a record matches when any of them holds.</summary>
    public IReadOnlyList<Condition> AnyOf { get; init; } = [];
    /// <summary>The fields the list shows (?columns=a,b), in order; null for the module's list columns.</summary>
    public IReadOnlyList<string>? Columns { get; init; }
}

public sealed record ListPage<T>(IReadOnlyList<T> Items, string? NextCursor, string Sort, bool Descending)
{
    /// <summary>The cursor of the page before this one (it reads backwards); null on the first page.</summary>
    public string? PreviousCursor { get; init; }
}
