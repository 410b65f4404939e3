using Comptoir.Data.Jobs;

namespace Comptoir.Web.Features.Jobs;

/// <summary>A job as the API and its progress page show it: status, progress, counts and the report's refusals.</summary>
public static class JobJson
{
    public static JsonObject From(Job job) => new()
    {
        ["id"] = job.Id,
        ["kind"] = job.Kind,
        ["module"] = job.Module,
        ["status"] = job.Status,
        ["total"] = job.Total,
        ["done"] = job.Done,
        ["progress"] = Progress(job),
        ["counts"] = JsonNode.Parse(job.Counts),
        ["refusals"] = JsonNode.Parse(job.Report),
        ["error"] = job.Error,
        ["createdAt"] = job.CreatedAt,
        ["updatedAt"] = job.UpdatedAt,
    };

    /// <summary>From 0 to 1; a filter matching more than it did when counted stays at its end until done.</summary>
    public static double Progress(Job job) =>
        job.Status == JobStatus.Done ? 1 : job.Total <= 0 ? 0 : Math.Min(1, Math.Round((double)job.Done / job.Total, 3));
}
