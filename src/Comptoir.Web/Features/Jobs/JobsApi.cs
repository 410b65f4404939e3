using Comptoir.Data.Jobs;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Jobs;

/// <summary>GET /api/v1/jobs/{id}: a background job's status and progress, for whoever started it (or an administrator).</summary>
public static class JobsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{id:long}", async (long id, CurrentUser current, JobStore jobs, CancellationToken ct) =>
                await jobs.FindAsync(await current.RequireAsync(ct), id, ct) is { } job ? TypedResults.Ok(JobJson.From(job)) : ApiProblems.NotFound())
            .WithName("GetJob")
            .WithSummary(() => OpenApiText.T("Une opération en arrière-plan : status (queued, running, done, failed), total, done, progress (de 0 à 1), counts et refusals."))
            .ProducesProblem(404);
    }

    public static string Location(HttpContext http, Job job) =>
        http.Request.PathBase + "/api/v1/jobs/" + job.Id.ToString(CultureInfo.InvariantCulture);
}
