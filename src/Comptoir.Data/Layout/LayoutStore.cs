using System.Text.Json;
using Comptoir.Core.Metadata.Layout;
using Comptoir.Data.CustomFields;

namespace Comptoir.Data.Layout;

/// <summary>
/// Applies a layout operation to a module's stored document and records it in the history, in one
/// transaction; then does what the database needs (an index for a new custom field, removing a
/// deleted field's values) and makes the registry see the change on the next request.
/// </summary>
public sealed class LayoutStore(AppDbContext db, LayoutRegistry registry, IWriteGate gate)
{
    private const int Attempts = 3;

    public LayoutRegistry Registry => registry;

    /// <summary>Runs <paramref name="operation"/> on the module's current layout and stores it when it succeeds.</summary>
    public async Task<LayoutResult> ApplyAsync(string moduleName, UserContext user, Func<LayoutEditor, LayoutResult> operation, CancellationToken ct)
    {
        var builtIn = registry.FindBuiltIn(moduleName);
        if (builtIn is null) return LayoutResult.NotFound();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (result, module) = await SaveAsync(builtIn, user, operation, ct);
                if (result.Status == LayoutStatus.Done)
                {
                    await registry.RefreshAsync(db, force: true, ct);
                    await AfterSaveAsync(module, result.Change!, ct);
                }
                return result;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another administrator (or process) saved this module's layout first: start again from theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(LayoutResult, ModuleDefinition)> SaveAsync(
        ModuleDefinition builtIn, UserContext user, Func<LayoutEditor, LayoutResult> operation, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var stored = await db.Set<ModuleLayout>().FirstOrDefaultAsync(l => l.Module == builtIn.Name, ct);
            var document = stored is null ? new LayoutDocument() : LayoutRegistry.Parse(stored.Document);
            var before = LayoutComposer.Compose(builtIn, document);
            var editor = new LayoutEditor(builtIn, document, name => registry.FindBuiltIn(name) is not null);
            var result = operation(editor);
            if (result.Status != LayoutStatus.Done) return (result, before);

            var json = JsonSerializer.Serialize(document, LayoutRegistry.Json);
            if (stored is null) db.Add(new ModuleLayout { Module = builtIn.Name, Document = json, Revision = 1 });
            else
            {
                stored.Document = json;
                stored.Revision++;
            }
            var change = result.Change!;
            db.Add(new LayoutChangeRecord
            {
                Module = builtIn.Name, At = DateTime.UtcNow, UserId = user.UserId, UserName = user.DisplayName,
                Action = change.Action, Target = change.Target, SubjectFr = change.Subject.Fr, SubjectEn = change.Subject.En,
                Details = JsonSerializer.Serialize(change.Details, LayoutRegistry.Json),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            // The deleted field is only in the module as it was before: keep that one for the clean-up.
            return (result, change.Action == "field.deleted" ? before : editor.Current);
        }
    }

    /// <summary>Database work that must not hold the layout transaction (CREATE INDEX CONCURRENTLY cannot run in one).</summary>
    private async Task AfterSaveAsync(ModuleDefinition module, LayoutChange change, CancellationToken ct)
    {
        // On SQLite an index build is a write: it queues behind the gate like a save (PostgreSQL builds it CONCURRENTLY).
        if (change.Action == "field.added" && module.FindField(change.Target) is { } added)
        {
            using (await gate.EnterAsync(ct)) await CustomFieldIndexes.CreateIndexAsync(db, module, added, ct);
        }
        else if (change.Action == "field.deleted")
        {
            using (await gate.EnterAsync(ct))
            {
                await CustomFieldIndexes.DropIndexAsync(db, module, change.Target, ct);
                await CustomFieldIndexes.RemoveValuesAsync(db, module, change.Target, ct);
            }
        }
    }

    /// <summary>How many records hold a value for a custom field: the delete confirmation names it.</summary>
    public Task<long> CountValuesAsync(ModuleDefinition module, string key, CancellationToken ct) =>
        CustomFieldIndexes.CountValuesAsync(db, module, key, ct);

    /// <summary>The module's layout history, newest first.</summary>
    public async Task<IReadOnlyList<LayoutChangeRecord>> HistoryAsync(string moduleName, long? before, int limit, CancellationToken ct)
    {
        var query = db.Set<LayoutChangeRecord>().AsNoTracking().Where(c => c.Module == moduleName);
        if (before is long id) query = query.Where(c => c.Id < id);
        return await query.OrderByDescending(c => c.Id).Take(Math.Clamp(limit, 1, 200)).ToListAsync(ct);
    }

    public static IReadOnlyList<ChangeDetail> DetailsOf(LayoutChangeRecord record) =>
        JsonSerializer.Deserialize<List<ChangeDetail>>(record.Details, LayoutRegistry.Json) ?? [];
}
