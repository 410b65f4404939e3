using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// « Annuler l'import »: what the import created goes to the recycle bin, a chunk per batch, each record through the
/// store's own delete (rights, the module's rules, history), so it can be restored from there. A record already deleted
/// or no longer visible is counted as missing; one the user may not delete is refused with its number.
/// </summary>
public sealed class ImportUndoJob(RecordStores stores, SignedInUsers users, ImportStore imports) : IJobHandler
{
    public const string Kind = "import-undo";
    /// <summary>How long after its start an import can be undone.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public static IServiceCollection Register(IServiceCollection services) => services.AddJobHandler<ImportUndoJob>(Kind);

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

        var after = int.TryParse(job.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : 0;
        var chunk = await imports.NextChunkAsync(run.Id, after, ct);
        if (chunk is null) return new JobProgress(job.Done, job.Counts, job.Report, job.Cursor, Finished: true);
        var seq = chunk.Seq;
        var created = (chunk.Results is null ? [] : JsonNode.Parse(chunk.Results)!.AsArray())
            .Where(r => (string?)r!["s"] == ImportRow.Created && r["id"] is not null).Select(r => (long)r!["id"]!).ToList();
        batch.Forget();

        var counts = JsonNode.Parse(job.Counts) as JsonObject ?? [];
        foreach (var key in new[] { "deleted", "missing", "refused" }) counts[key] ??= 0;
        var report = JsonNode.Parse(job.Report) as JsonArray ?? [];
        foreach (var id in created)
        {
            // The delete answers NotFound for a record gone or out of sight; the record is read only for a refusal's number.
            var status = await store.DeleteAsync(user, id, expectedVersion: null, ct);
            var key = status switch { SaveStatus.Saved => "deleted", SaveStatus.NotFound => "missing", _ => "refused" };
            counts[key] = (int)counts[key]! + 1;
            if (key == "refused" && report.Count < JobRunner.MaxReportEntries)
                report.Add(new JsonObject { ["id"] = id, ["number"] = (await store.FindRecordAsync(user, id, ct))?.Number, ["reason"] = ImportsText.T("Vous ne pouvez pas supprimer cet enregistrement.") });
            batch.Forget();
        }
        return new JobProgress(job.Done + created.Count, counts.ToJsonString(), report.ToJsonString(),
            seq.ToString(CultureInfo.InvariantCulture), Finished: false);
    }
}
