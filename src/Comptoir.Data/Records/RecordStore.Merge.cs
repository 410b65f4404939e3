using Comptoir.Data.History;
using Comptoir.Data.Merge;
using Comptoir.Data.RecycleBin;

namespace Comptoir.Data.Records;

/// <summary>
/// A merge (docs/duplicates.md): in one transaction, what points at the merged records moves to the one kept, they go
/// to the bin « fusionné dans CPT-… » (restorable, what moved moving back), and the record kept takes the values chosen
/// through its usual save (validation, rights, duplicate rule, history). Any refusal leaves everything as it was.
/// </summary>
public abstract partial class RecordStore<T>
{
    public async Task<MergeOutcome> MergeAsync(UserContext user, MergeRequest request, CancellationToken ct)
    {
        var module = Module;
        if (Catalog.Find(ModuleName) is not { GoesToBin: true } registration)
            return new(MergeStatus.Refused) { Reason = MergeText.T("Les enregistrements de « {0} » ne se fusionnent pas : ils n'ont pas de corbeille d'où revenir.", module.Label) };
        var errors = request.Check(module);
        if (errors.Count > 0) return new(MergeStatus.Invalid) { Errors = errors };

        var ids = request.Sources.Append(request.Target).ToList();
        var records = (await (await VisibleAsync(user, ct)).AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct)).ToDictionary(r => r.Id);
        if (records.Count != ids.Count) return new(MergeStatus.NotFound);
        if (!MayDelete(user)) return new(MergeStatus.Forbidden);

        var input = new RecordInput { HistoryAction = RecordHistory.MergeValues };
        foreach (var (key, from) in request.Fields.Where(f => f.Value != request.Target))
        {
            var field = module.FindField(key)!;
            var value = FieldAccess.Get(records[from], field);
            // A reference to one of the records merged would point at the bin, or at the record kept itself: keep the target's.
            if (value is long referred && ids.Contains(referred) && string.Equals(field.ReferenceModule, ModuleName, StringComparison.OrdinalIgnoreCase)) continue;
            input.Set(key, field.Type.FormText(field, value));
        }

        var target = records[request.Target];
        try
        {
            await using var transaction = await WriteScope.BeginAsync(Db, Gate, ct);
            var now = DateTime.UtcNow;
            var moved = await MergeMoves.MoveAsync(Db, Catalog, ModuleName, request.Sources, request.Target, user, now, ct);
            foreach (var id in request.Sources)
                if (await DeletionRefusalAsync(user, id, ct) is { } refusal)
                {
                    Db.ChangeTracker.Clear();
                    return new(MergeStatus.Refused) { Reason = refusal };
                }
            var into = new MergedInto(target.Id, NumberOf(target));
            foreach (var id in request.Sources)
            {
                // Read again, tracked: the moves above may have given it a new version.
                var source = await Db.Set<T>().FirstAsync(r => r.Id == id, ct);
                await RecycleBinMoves.MoveAsync(Db, Catalog, registration, module, source, [], user, ct, (into, moved[id]));
                RecordHistory.Add(Db, module.Name, target.Id, user, RecordHistory.MergedFrom(NumberOf(source)), []);
            }
            await Db.SaveChangesAsync(ct);

            var saved = await UpdateAsync(user, target.Id, input, partial: true, expectedVersion: null, ct);
            if (saved.Status != SaveStatus.Saved)
            {
                Db.ChangeTracker.Clear();
                return saved.Status switch
                {
                    SaveStatus.Invalid => new(MergeStatus.Invalid)
                    {
                        Errors = saved.Validation!.Errors.ToDictionary(e => "fields." + e.Key, e => e.Value, StringComparer.Ordinal),
                    },
                    SaveStatus.Duplicate => new(MergeStatus.Duplicate) { Duplicates = saved.Duplicates },
                    SaveStatus.NotFound => new(MergeStatus.NotFound),
                    _ => new(MergeStatus.VersionMismatch),
                };
            }
            await transaction.CommitAsync(ct);
            return new(MergeStatus.Merged, saved.Record);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear(); // another save changed one of them meanwhile: nothing of the merge is left to write
            return new(MergeStatus.VersionMismatch);
        }
    }

    /// <summary>How history lines and the bin name a record: its number, or its id in a module without numbers.</summary>
    private static string NumberOf(T record) =>
        string.IsNullOrEmpty(record.Number) ? "#" + record.Id.ToString(CultureInfo.InvariantCulture) : record.Number;
}
