using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// « Annuler l'import », for the API and the import's page alike: refused with the reason when the import was a
/// check, is already undone, has not finished or is older than 7 days; else the undo's job is queued, once.
/// </summary>
public static class ImportUndo
{
    public static async Task<(Job? Undo, string? Refusal)> StartAsync(UserContext user, ImportRun run, JobStore jobs, ImportStore imports,
        TimeProvider time, CancellationToken ct)
    {
        var job = run.JobId is long jobId ? await jobs.FindAsync(user, jobId, ct) : null;
        if (Refusal(run, job, time) is { } refusal) return (null, refusal);
        var counts = JsonNode.Parse(job!.Counts);
        var rows = ((int?)counts?["created"] ?? 0) + ((int?)counts?["updated"] ?? 0);
        var undo = await jobs.EnqueueAsync(ImportUndoJob.Kind, run.Module, user, rows, ImportJob.Params(run.Id), ct);
        return await imports.SetUndoAsync(run.Id, undo.Id, ct) ? (undo, null) : (null, ImportsText.T("Cet import est déjà annulé."));
    }

    /// <summary>Why the import cannot be undone now, or null; the page hides its button on the same reasons.</summary>
    public static string? Refusal(ImportRun run, Job? job, TimeProvider time)
    {
        if (run.DryRun) return ImportsText.T("Une vérification n'a rien importé : il n'y a rien à annuler.");
        if (run.UndoJobId is not null) return ImportsText.T("Cet import est déjà annulé.");
        if (job?.Status is not (JobStatus.Done or JobStatus.Failed)) return ImportsText.T("L'import n'est pas terminé : attendez sa fin pour l'annuler.");
        if (time.GetUtcNow().UtcDateTime - run.CreatedAt > ImportUndoJob.Window) return ImportsText.T("Un import ne s'annule que dans les 7 jours.");
        return null;
    }
}
