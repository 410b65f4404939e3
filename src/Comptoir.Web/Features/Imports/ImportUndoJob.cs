using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// « Annuler l'import », a chunk per batch, from the last row back to the first (a record two rows updated gets the
/// first one's « before » last). What the import created goes to the recycle bin through the store's own delete
/// (rights, history, restorable from there); what it overwrote is put back through the store's update, only when
/// the record is still at the version the import left (else it is reported as changed since, and left alone).
/// Counts: deleted, restored, missing (gone or out of sight), changed, refused; the refused and changed by number.
/// </summary>
public sealed class ImportUndoJob(RecordStores stores, SignedInUsers users, ImportStore imports) : IJobHandler
{
    public const string Kind = "import-undo";
    /// <summary>How long after its start an import can be undone.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);
    private static readonly string[] CountKeys = ["deleted", "restored", "missing", "changed", "refused"];

    public static IServiceCollection Register(IServiceCollection services) => services.AddJobHandler<ImportUndoJob>(Kind);

    public static string HistoryAction(long importId) => "import-undo:" + importId.ToString(CultureInfo.InvariantCulture);

    public async Task<JobProgress> RunBatchAsync(JobBatch batch, CancellationToken ct)
    {
        var job = batch.Job;
        var p = JsonNode.Parse(job.Params)!.AsObject();
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo((string?)p["culture"] ?? "fr-FR");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo((string?)p["uiCulture"] ?? "fr");
        var run = await imports.FindAsync((long)p["import"]!, ct) ?? throw new InvalidOperationException(ImportsText.T("Cet import n'existe plus."));
        var user = (await users.LoadAsync(job.UserId, ct))?.User
            ?? throw new InvalidOperationException(ImportsText.T("L'utilisateur qui a lancé l'import n'est plus actif."));
        var store = stores.For(run.Module) ?? throw new InvalidOperationException(ImportsText.T("Module inconnu : « {0} ».", run.Module));

        var before = int.TryParse(job.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : int.MaxValue;
        var chunk = await imports.PreviousChunkAsync(run.Id, before, ct);
        if (chunk is null) return new JobProgress(job.Done, job.Counts, job.Report, job.Cursor, Finished: true);
        var rows = (chunk.Results is null ? [] : JsonNode.Parse(chunk.Results)!.AsArray())
            .OfType<JsonObject>().Where(r => r["id"] is not null && (string?)r["s"] is ImportRow.Created or ImportRow.Updated).Reverse().ToList();

        var counts = JsonNode.Parse(job.Counts) as JsonObject ?? [];
        foreach (var key in CountKeys) counts[key] ??= 0;
        var report = JsonNode.Parse(job.Report) as JsonArray ?? [];
        foreach (var row in rows)
        {
            var id = (long)row["id"]!;
            var key = (string?)row["s"] == ImportRow.Created ? await DeleteAsync(store, user, id, ct) : await RestoreAsync(store, user, run, id, row, ct);
            counts[key] = (int)counts[key]! + 1;
            if (key is "refused" or "changed" && report.Count < JobRunner.MaxReportEntries)
                report.Add(new JsonObject
                {
                    ["id"] = id,
                    ["line"] = (int?)row["line"],
                    ["number"] = (await store.FindRecordAsync(user, id, ct))?.Number,
                    ["reason"] = key == "changed"
                        ? ImportsText.T("Modifié depuis l'import : laissé tel quel.")
                        : ImportsText.T("Vous ne pouvez pas modifier ou supprimer cet enregistrement."),
                });
            batch.Forget();
        }
        return new JobProgress(job.Done + rows.Count, counts.ToJsonString(), report.ToJsonString(),
            chunk.Seq.ToString(CultureInfo.InvariantCulture), Finished: false);
    }

    /// <summary>A created record to the recycle bin; the delete answers NotFound for a record gone or out of sight.</summary>
    private static async Task<string> DeleteAsync(IRecordStore store, UserContext user, long id, CancellationToken ct) =>
        await store.DeleteAsync(user, id, expectedVersion: null, ct) switch
        {
            SaveStatus.Saved => "deleted",
            SaveStatus.NotFound => "missing",
            _ => "refused",
        };

    /// <summary>An overwritten record put back as it was, at the version the import left it in, or not at all.</summary>
    private static async Task<string> RestoreAsync(IRecordStore store, UserContext user, ImportRun run, long id, JsonObject row, CancellationToken ct)
    {
        if (row["before"] is not JsonObject values || (int?)row["v"] is not int version) return "refused";
        var input = RecordInput.FromJson(values);
        input.HistoryAction = HistoryAction(run.Id);
        return (await store.UpdateRecordAsync(user, id, input, partial: true, expectedVersion: version, ct)).Status switch
        {
            SaveStatus.Saved => "restored",
            SaveStatus.NotFound => "missing",
            SaveStatus.VersionMismatch => "changed",
            _ => "refused",
        };
    }
}
