using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Comptoir.Data.Jobs;

/// <summary>
/// Runs the queued jobs in the background, one at a time per module, batch after batch. Each batch is one
/// transaction holding the handler's writes and the job's progress, so a job taken over after a restart (or from a
/// server that stopped answering: its lease, the job's <see cref="Job.UpdatedAt"/>, ran out) continues from the
/// last batch recorded and does nothing twice. Several servers on one PostgreSQL share the queue: a job belongs to
/// the runner whose id it bears, and a batch whose job was taken over meanwhile is rolled back.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IWriteGate gate, TimeProvider time, ILogger<JobRunner> log) : BackgroundService
{
    /// <summary>A running job whose runner has recorded nothing for this long is taken to be abandoned.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    /// <summary>How often the queue is read when nothing wakes the runner (jobs queued by another server, abandoned ones).</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    /// <summary>Entries a job's report keeps; its counts stay exact beyond.</summary>
    public const int MaxReportEntries = 1_000;

    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly ConcurrentDictionary<string, Task> _modules = new(StringComparer.Ordinal);

    /// <summary>A job was queued: look now rather than at the next poll.</summary>
    public void Wake()
    {
        try { _wake.Release(); }
        catch (SemaphoreFullException) { } // already awake
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartWaitingAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Reading the job queue failed");
            }
            try
            {
                await _wake.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        try
        {
            await Task.WhenAll(_modules.Values);
        }
        catch (OperationCanceledException)
        {
            // stopping: each job keeps what its last batch recorded
        }
    }

    /// <summary>For each module with a job waiting and none running here or elsewhere, a task that runs its jobs in turn.</summary>
    private async Task StartWaitingAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime - Lease;
        var modules = await Claimable(db, cutoff).Select(j => j.Module).Distinct().ToListAsync(ct);
        foreach (var module in modules)
        {
            if (_modules.ContainsKey(module)) continue;
            if (await db.Jobs.AnyAsync(j => j.Module == module && j.Status == JobStatus.Running && j.UpdatedAt >= cutoff && j.Runner != _id, ct)) continue;
            var run = new TaskCompletionSource();
            if (!_modules.TryAdd(module, run.Task)) continue;
            _ = Task.Run(async () =>
            {
                try
                {
                    await RunModuleAsync(module, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    log.LogError(e, "Running the jobs of {Module} failed", module);
                }
                finally
                {
                    _modules.TryRemove(module, out _);
                    run.SetResult();
                }
            }, CancellationToken.None);
        }
    }

    private static IQueryable<Job> Claimable(AppDbContext db, DateTime cutoff) =>
        db.Jobs.Where(j => j.Status == JobStatus.Queued || (j.Status == JobStatus.Running && j.UpdatedAt < cutoff));

    private async Task RunModuleAsync(string module, CancellationToken ct)
    {
        while (await ClaimNextAsync(module, ct) is { } id)
            while (!ct.IsCancellationRequested && await RunBatchAsync(id, ct)) { }
    }

    /// <summary>The module's oldest waiting job, now this runner's; null when none is left.</summary>
    private async Task<long?> ClaimNextAsync(string module, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        while (true)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var cutoff = now - Lease;
            var next = await Claimable(db, cutoff).Where(j => j.Module == module).OrderBy(j => j.Id).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
            if (next is not long id) return null;
            int claimed;
            using (await gate.EnterAsync(ct))
                claimed = await Claimable(db, cutoff).Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.Runner, _id).SetProperty(j => j.UpdatedAt, now), ct);
            if (claimed == 1) return id;
        }
    }

    /// <summary>Runs the job's next batch; false when the job is over (finished, failed, or no longer this runner's).</summary>
    private async Task<bool> RunBatchAsync(long id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null || job.Runner != _id || job.Status != JobStatus.Running) return false;
        if (scope.ServiceProvider.GetKeyedService<IJobHandler>(job.Kind) is not { } handler)
        {
            await FailAsync(db, id, $"No handler for job kind « {job.Kind} ».", ct);
            return false;
        }
        var (more, failure) = await RunInTransactionAsync(db, job, handler, scope.ServiceProvider, ct);
        if (failure is not null) await FailAsync(db, id, failure, ct);
        return more;
    }

    /// <summary>The batch and its progress, in one transaction with the write gate held; the failure's message when the handler threw (nothing kept).</summary>
    private async Task<(bool More, string? Failure)> RunInTransactionAsync(AppDbContext db, Job job, IJobHandler handler, IServiceProvider services, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            JobProgress progress;
            try
            {
                progress = await handler.RunBatchAsync(new JobBatch(job, services, db.ChangeTracker.Clear), ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogError(e, "Job {Id} ({Kind}) failed", job.Id, job.Kind);
                await transaction.RollbackAsync(CancellationToken.None);
                return (false, e.Message);
            }
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow().UtcDateTime;
            var recorded = await db.Jobs.Where(j => j.Id == job.Id && j.Runner == _id && j.Status == JobStatus.Running).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Done, progress.Done).SetProperty(j => j.Counts, progress.Counts).SetProperty(j => j.Report, progress.Report)
                .SetProperty(j => j.Cursor, progress.Cursor).SetProperty(j => j.UpdatedAt, now)
                .SetProperty(j => j.Status, progress.Finished ? JobStatus.Done : JobStatus.Running), ct);
            if (recorded == 0) return (false, null); // taken over meanwhile: the batch rolls back, its new runner does it
            await transaction.CommitAsync(ct);
            return (!progress.Finished, null);
        }
    }

    private async Task FailAsync(AppDbContext db, long id, string? error, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        using (await gate.EnterAsync(ct))
            await db.Jobs.Where(j => j.Id == id && j.Runner == _id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Failed).SetProperty(j => j.Error, error).SetProperty(j => j.UpdatedAt, now), ct);
    }
}
