using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// An import as a background job (Data/Jobs): up to RowsPerBatch rows (whole chunks) per batch, each row through the store's own create
/// (validation as a form save, numbering, the ledger code, history « Importé (import n° …) », the duplicate rule), or
/// only its checks in a dry run. The cursor is the last chunk done and its rows' results are written in the same
/// transaction, so a server killed mid-import neither loses a row it answered for nor imports one twice.
/// </summary>
public sealed class ImportJob(RecordStores stores, SignedInUsers users, ImportStore imports, Data.Settings.SettingsStore settings,
    FieldTypes.FieldTypeRegistry types, ImportLookups lookups) : IJobHandler
{
    public const string Kind = "import";

    /// <summary>Rows a batch takes (whole chunks of ImportFileReader.ChunkRows): its progress shows after each.</summary>
    public const int RowsPerBatch = 1_000;

    public static IServiceCollection Register(IServiceCollection services) => ImportUndoJob.Register(services.AddJobHandler<ImportJob>(Kind).AddScoped<ImportLookups>());

    public static string Params(long importId) => new JsonObject
    {
        ["import"] = importId,
        ["culture"] = CultureInfo.CurrentCulture.Name,
        ["uiCulture"] = CultureInfo.CurrentUICulture.Name,
    }.ToJsonString();

    /// <summary>The history line of a record an import created: « import:42 », read as « Importé (import n° 42) ».</summary>
    public static string HistoryAction(long importId) => "import:" + importId.ToString(CultureInfo.InvariantCulture);

    public async Task<JobProgress> RunBatchAsync(JobBatch batch, CancellationToken ct)
    {
        settings.HoldForBatch();
        var job = batch.Job;
        var p = JsonNode.Parse(job.Params)!.AsObject();
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo((string?)p["culture"] ?? "fr-FR");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo((string?)p["uiCulture"] ?? "fr");
        var run = await imports.FindAsync((long)p["import"]!, ct) ?? throw new InvalidOperationException(ImportsText.T("Cet import n'existe plus."));
        var user = (await users.LoadAsync(job.UserId, ct))?.User
            ?? throw new InvalidOperationException(ImportsText.T("L'utilisateur qui a lancé l'import n'est plus actif."));
        var store = stores.For(run.Module) ?? throw new InvalidOperationException(ImportsText.T("Module inconnu : « {0} ».", run.Module));
        var plan = ImportPlan.Of(run);

        var after = int.TryParse(job.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : 0;
        var counts = JsonNode.Parse(job.Counts) as JsonObject ?? [];
        foreach (var key in ImportRow.CountKeys) counts[key] ??= 0;
        var report = JsonNode.Parse(job.Report) as JsonArray ?? [];
        var context = new ImportRowContext(store, user, plan, run, types, lookups);
        var done = job.Done;
        // Chunks until RowsPerBatch rows: one commit for them all, as its WAL pages and fsync cost a commit each.
        for (var taken = 0; taken < RowsPerBatch;)
        {
            var chunk = await imports.NextChunkAsync(run.Id, after, ct);
            if (chunk is null) return Progress(finished: true);
            var (chunkId, seq) = (chunk.Id, chunk.Seq);
            var rows = JsonNode.Parse(chunk.Cells)!.AsArray();
            batch.Forget();
            var results = new JsonArray();
            foreach (var row in rows)
            {
                var line = (int)row!["line"]!;
                var result = await ImportRow.RunAsync(context, row["cells"]!.AsArray(), ct);
                batch.Forget();
                counts[result.Status] = (int)counts[result.Status]! + 1;
                foreach (var error in result.Errors)
                    if (report.Count < JobRunner.MaxReportEntries) report.Add(error.ToJson(line));
                results.Add(result.ToJson(line));
            }
            await imports.SaveResultsAsync(chunkId, results.ToJsonString(), ct);
            (after, done, taken) = (seq, done + rows.Count, taken + rows.Count);
        }
        return Progress(finished: false);

        JobProgress Progress(bool finished) =>
            new(done, counts.ToJsonString(), report.ToJsonString(), after.ToString(CultureInfo.InvariantCulture), finished);
    }
}
