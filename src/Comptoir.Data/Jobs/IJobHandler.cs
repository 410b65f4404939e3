namespace Comptoir.Data.Jobs;

/// <summary>
/// One kind of background job (registered with <see cref="JobServices.AddJobHandler{T}"/> under its kind): does the
/// next batch of a job. It runs inside the batch's transaction with the write gate held (<see cref="JobRunner"/>):
/// the records it saves through their stores commit together with the progress it returns, or not at all.
/// </summary>
public interface IJobHandler
{
    Task<JobProgress> RunBatchAsync(JobBatch batch, CancellationToken ct);
}

/// <summary>The job as recorded before this batch, and the batch's own services (its scope, its context).</summary>
/// <param name="Forget">Detaches what the context tracks: call it after each item, so that an item refused half-way is not written by the next one's save.</param>
public sealed record JobBatch(Job Job, IServiceProvider Services, Action Forget);

/// <summary>What a job has done after a batch: recorded with the batch, it is where a restarted job continues.</summary>
/// <param name="Counts">A JSON object of counts ({"updated": 10, "refused": 2}).</param>
/// <param name="Report">A JSON array of what the user should read (refusals…), cut to <see cref="JobRunner.MaxReportEntries"/>.</param>
/// <param name="Finished">Nothing left to do.</param>
public sealed record JobProgress(int Done, string Counts, string Report, string? Cursor, bool Finished);
