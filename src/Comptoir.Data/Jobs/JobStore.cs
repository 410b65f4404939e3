namespace Comptoir.Data.Jobs;

/// <summary>Queues jobs and reads them back for whoever asked (or an administrator).</summary>
public sealed class JobStore(AppDbContext db, IWriteGate gate, JobRunner runner, TimeProvider time)
{
    public async Task<Job> EnqueueAsync(string kind, string module, UserContext user, int total, string parameters, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var job = new Job
        {
            Kind = kind, Module = module, UserId = user.UserId, Status = JobStatus.Queued, Total = total,
            Params = parameters, CreatedAt = now, UpdatedAt = now,
        };
        using (await gate.EnterAsync(ct))
        {
            db.Jobs.Add(job);
            await db.SaveChangesAsync(ct);
        }
        runner.Wake();
        return job;
    }

    /// <summary>The job when the user asked for it or is an administrator; null otherwise, as if it did not exist.</summary>
    public Task<Job?> FindAsync(UserContext user, long id, CancellationToken ct) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && (user.IsAdmin || j.UserId == user.UserId), ct);
}
