using System.Linq.Expressions;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.Numbering;
using Comptoir.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Data.Records;

public enum SaveStatus { Saved, Invalid, NotFound, VersionMismatch }

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
    Task<SaveOutcome<IRecord>> CreateRecordAsync(UserContext user, RecordInput input, CancellationToken ct);
    Task<SaveOutcome<IRecord>> UpdateRecordAsync(UserContext user, long id, RecordInput input, bool partial, int? expectedVersion, CancellationToken ct);
    Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, CancellationToken ct);
    Task<string?> DeletionRefusalAsync(long id, CancellationToken ct);
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
    protected SettingsStore Settings { get; } = settings;
    protected string ModuleName { get; } = moduleName;
    public ModuleDefinition Module => registry.Get(ModuleName);

    /// <summary>What a search box matches for this module (name prefix, number, SIRET…).</summary>
    protected abstract Expression<Func<T, bool>> SearchPredicate(string query);

    /// <summary>Module rules between a record and the records it refers to (an account is not its own parent).</summary>
    protected virtual void CheckRelations(long id, RecordValidation validation) { }

    /// <summary>Why a record may not be deleted (a sentence for the user), or null; pages and API ask before deleting.</summary>
    public virtual Task<string?> DeletionRefusalAsync(long id, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>Module rules checked on the record about to be written (a code already taken…); add errors to refuse the save.</summary>
    protected virtual Task ValidateRecordAsync(T record, bool isNew, RecordValidation validation, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Runs in the write transaction, after validation, just before the record is written (ledger code generation…).</summary>
    protected virtual Task OnSavingAsync(T record, bool isNew, UserContext user, CancellationToken ct) => Task.CompletedTask;

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
        var now = DateTime.UtcNow;
        record.CreatedAt = record.UpdatedAt = now;
        record.CreatedById = record.UpdatedById = user.UserId;
        record.Version = 1;

        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(ct);
            if (module.NumberPrefix is { } prefix)
                record.Number = NumberAllocator.Format(prefix, await NumberAllocator.NextAsync(Db, module.Name, ct));
            await OnSavingAsync(record, isNew: true, user, ct);
            Db.Add(record);
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
        var validation = await RecordValidator.ValidateAsync(module, input, partial, checker, ct);
        CheckRelations(id, validation);
        if (!validation.IsValid) return new(SaveStatus.Invalid, record, validation);

        await ApplyAsync(module, record, validation, checker, ct);
        await ValidateRecordAsync(record, isNew: false, validation, ct);
        if (!validation.IsValid) return new(SaveStatus.Invalid, record, validation);
        record.Version++;
        record.UpdatedAt = DateTime.UtcNow;
        record.UpdatedById = user.UserId;
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                await OnSavingAsync(record, isNew: false, user, ct);
                await Db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(SaveStatus.VersionMismatch, null);
        }
        return new(SaveStatus.Saved, record, validation);
    }

    public async Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, CancellationToken ct)
    {
        var record = await (await VisibleAsync(user, ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return SaveStatus.NotFound;
        if (expectedVersion is int v && v != record.Version) return SaveStatus.VersionMismatch;
        Db.Remove(record);
        try
        {
            using (await gate.EnterAsync(ct)) await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveStatus.VersionMismatch;
        }
        return SaveStatus.Saved;
    }

    async Task<IRecord?> IRecordStore.FindRecordAsync(UserContext user, long id, CancellationToken ct) =>
        await FindAsync(user, id, ct);

    async Task<ListPage<IRecord>> IRecordStore.ListRecordsAsync(UserContext user, ListRequest request, CancellationToken ct)
    {
        var page = await ListAsync(user, request, ct);
        return new ListPage<IRecord>(page.Items, page.NextCursor, page.Sort, page.Descending);
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
        var query = (await VisibleAsync(user, ct)).AsNoTracking();
        // PostgreSQL refuses NUL in a text parameter (a 500); no stored value holds one, so drop it.
        var search = request.Search?.Replace("\0", "", StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(SearchPredicate(search.Trim()));
        foreach (var (key, value) in request.Filters)
        {
            var field = module.FindField(key);
            if (field?.Storage.Column is null || field.Type is OwnerFieldType) continue;
            var parsed = field.Type.Parse(field, value.Trim());
            if (parsed.IsValid) query = query.Where(Keyset.Equal<T>(field.Storage.Column, parsed.Value));
        }

        var sortField = request.Sort is null ? module.FindField(module.TitleField)! : module.FindField(request.Sort);
        // Keyset cursors carry text: a field sorts only when its column is text (dates, amounts do not, yet).
        if (sortField is null || !sortField.Sortable || typeof(T).GetProperty(sortField.OrderColumn!)?.PropertyType != typeof(string))
            sortField = module.FindField(module.TitleField)!;
        var column = sortField.OrderColumn!;
        var limit = Math.Clamp(request.Limit, 1, 200);

        if (Keyset.Decode(request.Cursor) is { } cursor)
            query = query.Where(Keyset.After<T>(column, cursor.Value, cursor.Id, request.Descending));
        query = request.Descending
            ? query.OrderByDescending(r => EF.Property<string>(r, column)).ThenByDescending(r => r.Id)
            : query.OrderBy(r => EF.Property<string>(r, column)).ThenBy(r => r.Id);

        var items = await query.Take(limit + 1).ToListAsync(ct);
        string? next = null;
        if (items.Count > limit)
        {
            items.RemoveAt(limit);
            var last = items[^1];
            next = Keyset.Encode((string)(typeof(T).GetProperty(column)!.GetValue(last) ?? ""), last.Id);
        }
        return new ListPage<T>(items, next, sortField.Key, request.Descending);
    }
}

public sealed record ListRequest(string? Search, string? Sort, bool Descending, string? Cursor, int Limit)
{
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();
}

public sealed record ListPage<T>(IReadOnlyList<T> Items, string? NextCursor, string Sort, bool Descending);
