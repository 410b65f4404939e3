using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Imports;

/// <summary>An import's error line as the page lists it.</summary>
public sealed record ImportErrorLine(int Line, string? Column, string Message);

/// <summary>
/// /imports/{id}: an import as its progress bar (jobs.js follows ?handler=status), then its report — counts, refused
/// rows with line, column and reason, the rejects as CSV — and « Annuler l'import » with its own progress and counts.
/// For whoever started it or an administrator; it may be left and reopened while the job runs on.
/// </summary>
public sealed class ImportModel(CurrentUser current, ImportStore imports, JobStore jobs, RecordStores stores, TimeProvider time) : PageModel
{
    public ImportRun Run { get; private set; } = null!;
    public Job? Job { get; private set; }
    public Job? Undo { get; private set; }
    public string ModuleLabel { get; private set; } = "";
    public IReadOnlyList<ImportErrorLine> Errors { get; private set; } = [];
    public string? UndoRefusal { get; private set; }

    /// <summary>The job the page follows: the undo once asked, else the import.</summary>
    public Job? Followed => Undo ?? Job;
    public bool Over => Followed?.Status is JobStatus.Done or JobStatus.Failed;
    public bool ImportOver => Job?.Status is JobStatus.Done or JobStatus.Failed;
    public double Progress => Followed is null ? 0 : Jobs.JobJson.Progress(Followed);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Errors = (Job is null ? [] : JsonNode.Parse(Job.Report) as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(e => new ImportErrorLine((int?)e["line"] ?? 0, (string?)e["column"], (string?)e["message"] ?? ""))
            .ToList();
        UndoRefusal = ImportUndo.Refusal(Run, Job, time);
        return Page();
    }

    public async Task<IActionResult> OnGetStatusAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) && Followed is { } job ? new JsonResult(Jobs.JobJson.From(job)) : NotFound();

    public async Task<IActionResult> OnGetImportAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? new JsonResult(ImportJson.From(Run, Job)) : NotFound();

    public async Task<IActionResult> OnGetReportAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"import-{id}-rejets.csv\"";
        await ImportReportCsv.WriteAsync(Response.Body, Run, imports.ChunksAsync(Run.Id), ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostUndoAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var (_, refusal) = await ImportUndo.StartAsync(await current.RequireAsync(ct), Run, jobs, imports, time, ct);
        if (refusal is not null) TempData["ImportUndoRefusal"] = refusal;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (await imports.FindAsync(user, id, ct) is not { } run) return false;
        Run = run;
        Job = run.JobId is long jobId ? await jobs.FindAsync(user, jobId, ct) : null;
        Undo = run.UndoJobId is long undoId ? await jobs.FindAsync(user, undoId, ct) : null;
        ModuleLabel = stores.For(run.Module)?.Module.Label.ToString() ?? run.Module;
        return true;
    }

    public string Status(Job? job) => job?.Status switch
    {
        JobStatus.Running => ImportsText.T("En cours"),
        JobStatus.Done => ImportsText.T("Terminé"),
        JobStatus.Failed => ImportsText.T("Arrêté"),
        _ => ImportsText.T("En attente"),
    };

    public string DoneText => ImportsText.T("{0} lignes sur {1} traitées", (Followed?.Done ?? 0).ToString("N0"), (Followed?.Total ?? Run.Rows).ToString("N0"));

    public int Count(Job? job, string key) => job is null ? 0 : (int?)(JsonNode.Parse(job.Counts) as JsonObject)?[key] ?? 0;

    /// <summary>« 2 créés, 0 mis à jour, 0 ignorés, 3 refusés » — or, for a check, what would have been.</summary>
    public string CountsText => Run.DryRun
        ? ImportsText.T("Vérification : {0} à créer, {1} à mettre à jour, {2} ignorées, {3} refusées. Rien n'a été écrit.", Count(Job, "created").ToString("N0"),
            Count(Job, "updated").ToString("N0"), Count(Job, "skipped").ToString("N0"), Count(Job, "failed").ToString("N0"))
        : ImportsText.T("{0} créés, {1} mis à jour, {2} ignorés, {3} refusés.", Count(Job, "created").ToString("N0"), Count(Job, "updated").ToString("N0"),
            Count(Job, "skipped").ToString("N0"), Count(Job, "failed").ToString("N0"));

    public string UndoCountsText => Count(Job, "updated") == 0
        ? ImportsText.T("Import annulé : {0} envoyés à la corbeille, {1} déjà supprimés, {2} refusés.",
            Count(Undo, "deleted").ToString("N0"), Count(Undo, "missing").ToString("N0"), Count(Undo, "refused").ToString("N0"))
        : ImportsText.T("Import annulé : {0} envoyés à la corbeille, {1} remis comme avant l'import, {2} modifiés depuis et laissés tels quels, {3} déjà supprimés, {4} refusés.",
            Count(Undo, "deleted").ToString("N0"), Count(Undo, "restored").ToString("N0"), Count(Undo, "changed").ToString("N0"),
            Count(Undo, "missing").ToString("N0"), Count(Undo, "refused").ToString("N0"));

    /// <summary>The undo's records refused or changed since the import, by number.</summary>
    public IReadOnlyList<(string? Number, string Reason)> UndoReport => (Undo is null ? [] : JsonNode.Parse(Undo.Report) as JsonArray ?? [])
        .OfType<JsonObject>().Select(e => ((string?)e["number"], (string?)e["reason"] ?? "")).ToList();
}
