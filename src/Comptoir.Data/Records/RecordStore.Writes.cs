using Comptoir.Data.History;
using Comptoir.Data.Numbering;
using Comptoir.Data.RecycleBin;

namespace Comptoir.Data.Records;

/// <summary>The write path: create, update, delete and restore, each validated outside and written inside the write gate.</summary>
public abstract partial class RecordStore<T>
{
    /// <param name="inTransaction">Runs after the insert, in its transaction (idempotency records).</param>
    public async Task<SaveOutcome<T>> CreateAsync(UserContext user, RecordInput input, CancellationToken ct, Func<T, Task>? inTransaction = null)
    {
        var (checkedOutcome, checkedRecord) = await CheckCreateAsync(user, input, ct);
        if (checkedOutcome.Status != SaveStatus.Saved || checkedRecord is not { } record) return checkedOutcome;
        var module = Module;
        var validation = checkedOutcome.Validation!;
        var noted = CreationChanges(record);
        var now = DateTime.UtcNow;
        record.CreatedAt = record.UpdatedAt = now;
        record.CreatedById = record.UpdatedById = user.UserId;
        record.Version = 1;
        var prepared = await PrepareSavingAsync(record, isNew: true, ct);
        if (module.NumberPrefix is not null) await NumberAllocator.EnsureSequenceAsync(Db, module.Name, ct);

        {
            await using var transaction = await WriteScope.BeginAsync(Db, Gate, ct);
            if (module.NumberPrefix is { } prefix)
                record.Number = NumberAllocator.Format(prefix, await NumberAllocator.NextAsync(Db, module.Name, ct));
            Db.Add(record);
            await OnSavingAsync(record, isNew: true, prepared, user, ct);
            await Db.SaveChangesAsync(ct);
            RecordHistory.Add(Db, module.Name, record.Id, user, input.HistoryAction ?? RecordHistory.Created, noted);
            await Db.SaveChangesAsync(ct);
            if (inTransaction is not null) await inTransaction(record);
            await transaction.CommitAsync(ct);
        }
        return new(SaveStatus.Saved, record, validation);
    }

    /// <summary>
    /// Everything a create checks (the caller as default owner, validation, the module's rules, the duplicate rule),
    /// and nothing written: Saved means the record would be; an import's dry run (« Vérifier ») asks this.
    /// </summary>
    public async Task<(SaveOutcome<T> Outcome, T? Record)> CheckCreateAsync(UserContext user, RecordInput input, CancellationToken ct)
    {
        var module = Module;
        foreach (var owner in module.ActiveFields.Where(f => f.Type.DefaultsToCaller && !input.Has(f.Key)))
            input.Set(owner.Key, new OwnerRef(OwnerKind.User, user.UserId).ToString());

        var checker = new DbReferenceChecker(Db, Stores, user);
        var validation = await RecordValidator.ValidateAsync(module, input, partial: false, checker, ct);
        if (!validation.IsValid) return (new(SaveStatus.Invalid, null, validation), null);

        var record = new T();
        await ApplyAsync(module, record, validation, checker, ct);
        await ValidateRecordAsync(record, isNew: true, validation, ct);
        if (!validation.IsValid) return (new(SaveStatus.Invalid, null, validation), null);
        if (await HeldByDuplicatesAsync(user, record, id: null, keysBefore: null, input.DuplicateConfirmed, ct) is { } duplicates)
            return (new(SaveStatus.Duplicate, null, validation) { Duplicates = duplicates }, null);
        return (new(SaveStatus.Saved, null, validation), record);
    }

    /// <param name="partial">PATCH semantics: only the keys sent change.</param>
    /// <param name="expectedVersion">From If-Match or the edit form: refuse to overwrite someone else's change.</param>
    public async Task<SaveOutcome<T>> UpdateAsync(UserContext user, long id, RecordInput input, bool partial, int? expectedVersion, CancellationToken ct)
    {
        var record = await (await VisibleAsync(user, ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return new(SaveStatus.NotFound, null);
        if (expectedVersion is int v && v != record.Version) return new(SaveStatus.VersionMismatch, null);

        var module = Module;
        var checker = new DbReferenceChecker(Db, Stores, user);
        var validation = await RecordValidator.ValidateAsync(module, input, partial, checker, record, ct);
        CheckRelations(id, validation);
        if (!validation.IsValid) return new(SaveStatus.Invalid, record, validation);

        var before = RecordHistory.Snapshot(module, record);
        var keysBefore = DuplicateKeysOf(record);
        await ApplyAsync(module, record, validation, checker, ct);
        await ValidateRecordAsync(record, isNew: false, validation, ct);
        if (!validation.IsValid)
        {
            // Refused with the user's values applied: untracked, so that a later save on this context (the next
            // record of a mass action) does not write them.
            Db.Entry(record).State = EntityState.Detached;
            return new(SaveStatus.Invalid, record, validation);
        }
        if (await HeldByDuplicatesAsync(user, record, id, keysBefore, input.DuplicateConfirmed, ct) is { } duplicates)
        {
            Db.Entry(record).State = EntityState.Detached;
            return new(SaveStatus.Duplicate, record, validation) { Duplicates = duplicates };
        }
        // A save that changes nothing keeps its version: no new ETag, no history line.
        var versioned = RecordHistory.Diff(before, RecordHistory.Snapshot(module, record)).Count > 0;
        if (versioned) NewVersion(record, user);
        var prepared = await PrepareSavingAsync(record, isNew: false, ct);
        try
        {
            {
                await using var transaction = await WriteScope.BeginAsync(Db, Gate, ct);
                await OnSavingAsync(record, isNew: false, prepared, user, ct);
                // Again after the hook: it may fill fields itself (a generated ledger account).
                var changes = RecordHistory.Diff(before, RecordHistory.Snapshot(module, record));
                if (changes.Count == 0) return new(SaveStatus.Saved, record, validation);
                if (!versioned) NewVersion(record, user);
                RecordHistory.Add(Db, module.Name, record.Id, user, input.HistoryAction ?? RecordHistory.Updated, changes);
                await Db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear(); // nothing of this save is left to write by the next one on this context
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
        DeleteAsync(user, id, expectedVersion, DeleteChoices.None, ct);

    /// <summary>
    /// A record that can go to the recycle bin (<see cref="ISoftDeletable"/>) is marked deleted, with its bin
    /// entry and history line, and keeps its number; others are deleted for good.
    /// </summary>
    /// <param name="choices">The module's delete options answered « delete » (accounts: its contacts go to the bin with it).</param>
    public async Task<SaveStatus> DeleteAsync(UserContext user, long id, int? expectedVersion, DeleteChoices choices, CancellationToken ct)
    {
        var record = await (await VisibleAsync(user, ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return SaveStatus.NotFound;
        if (!MayDelete(user)) return SaveStatus.Forbidden;
        if (expectedVersion is int v && v != record.Version) return SaveStatus.VersionMismatch;
        var registration = Catalog.Find(ModuleName);
        try
        {
            {
                await using var transaction = await WriteScope.BeginAsync(Db, Gate, ct);
                if (record is ISoftDeletable && registration is not null)
                {
                    var going = await GoingWithAsync(registration, user, id, choices, ct);
                    await RecycleBinMoves.MoveAsync(Db, Catalog, registration, Module, record, going, user, ct);
                }
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
            Db.ChangeTracker.Clear();
            return SaveStatus.VersionMismatch;
        }
        return SaveStatus.Saved;
    }

    /// <summary>The records the chosen delete options send to the bin with this one: those the user sees, of each option's module.</summary>
    private async Task<List<DeletedWith>> GoingWithAsync(ModuleRegistration registration, UserContext user, long id, DeleteChoices choices, CancellationToken ct)
    {
        var going = new List<DeletedWith>();
        foreach (var option in registration.Options.DeleteWith.Where(o => choices.Has(o.Parameter)))
        {
            if (Stores.For(option.Module) is not IBinnedRecords store
                || Catalog.Find(option.Module)?.Definition.FindField(option.Field)?.Storage.Column is not { } column) continue;
            var ids = await store.ReferringAsync(user, column, id, ct);
            if (ids.Count > 0) going.Add(new DeletedWith(option.Module, ids));
        }
        return going;
    }

    /// <summary>
    /// Brings a record back from the recycle bin with what went with it and the links its deletion cleared.
    /// NotFound when the user may not see it, it is not in the bin (any more), or it went with another (restore that).
    /// </summary>
    public async Task<SaveStatus> RestoreAsync(UserContext user, long id, CancellationToken ct)
    {
        var inBin = Db.Set<T>().IgnoreQueryFilters().Where(await VisibilityAsync(user, ct));
        var record = await inBin.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is not ISoftDeletable { DeletedAt: not null }) return SaveStatus.NotFound;
        try
        {
            {
                await using var transaction = await WriteScope.BeginAsync(Db, Gate, ct);
                if (!await RecycleBinMoves.RestoreAsync(Db, Catalog, Module, record, user, ct)) return SaveStatus.NotFound;
                await transaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveStatus.NotFound; // restored (or emptied) by someone else meanwhile: no longer in the bin
        }
        return SaveStatus.Saved;
    }

    private static async Task ApplyAsync(ModuleDefinition module, T record, RecordValidation validation, DbReferenceChecker checker, CancellationToken ct)
    {
        foreach (var (key, value) in validation.Values)
        {
            var field = module.FindField(key);
            if (field is null) continue;
            FieldAccess.Set(record, field, value);
            // The record keeps its owner's name beside the ids, for lists that show it without a join.
            if (value is OwnerRef owner && record is IOwnedRecord owned)
                owned.AssigneeName = await checker.OwnerNameAsync(owner, ct) ?? "";
        }
        module.BeforeSave?.Invoke(record);
    }
}
