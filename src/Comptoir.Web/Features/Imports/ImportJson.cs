using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Imports;

/// <summary>An import as GET /api/v1/imports/{id} answers it: its job's status and progress, its counts and errors.</summary>
public static class ImportJson
{
    public static JsonObject From(ImportRun run, Job? job) => new()
    {
        ["id"] = run.Id,
        ["module"] = run.Module,
        ["fileName"] = run.FileName,
        ["dryRun"] = run.DryRun,
        ["rows"] = run.Rows,
        ["status"] = job?.Status ?? JobStatus.Queued,
        ["progress"] = job is null ? 0 : Jobs.JobJson.Progress(job),
        ["counts"] = Counts(job),
        ["errors"] = job is null ? new JsonArray() : JsonNode.Parse(job.Report),
        ["error"] = job?.Error,
        ["options"] = JsonNode.Parse(run.Options),
        ["columns"] = JsonNode.Parse(run.Columns),
        ["jobId"] = run.JobId,
        ["undoJobId"] = run.UndoJobId,
        ["createdAt"] = run.CreatedAt,
    };

    private static JsonObject Counts(Job? job)
    {
        var counts = job is null ? [] : JsonNode.Parse(job.Counts) as JsonObject ?? [];
        var json = new JsonObject();
        foreach (var key in ImportRow.CountKeys) json[key] = (int?)counts[key] ?? 0;
        return json;
    }
}
