using Comptoir.Data.Jobs;

namespace Comptoir.Data.Duplicates;

/// <summary>A finished run of « Trouver les doublons »: its job, when it ended, and how many groups it kept.</summary>
public sealed record DuplicateRun(long JobId, DateTime FinishedAt, int Groups);

/// <summary>
/// The groups « Trouver les doublons » found, per module: written by its job as it goes (each criterion's, not yet
/// final), merged when the run ends, which then replaces the module's previous run. Readers see finished runs only.
/// </summary>
public sealed class DuplicateGroupStore(AppDbContext db, TimeProvider time)
{
    /// <summary>The job kind that runs a search (its handler is the web's, Features/Duplicates/FindJob.cs).</summary>
    public const string JobKind = "duplicates.find";

    /// <summary>Inside the job's batch (its transaction): one criterion's groups, kept until the run ends.</summary>
    public async Task AddAsync(Job job, IReadOnlyList<string> fields, IReadOnlyList<(IReadOnlyList<long> Ids, int Count)> groups, CancellationToken ct)
    {
        if (groups.Count == 0) return;
        var now = time.GetUtcNow().UtcDateTime;
        var label = string.Join(',', fields);
        db.DuplicateGroups.AddRange(groups.Select(g => new DuplicateGroup
        {
            JobId = job.Id, Module = job.Module, Ids = DuplicateGroup.Join(g.Ids), Count = g.Count, Fields = label, CreatedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Inside the job's last batch: merges the run's groups across criteria (<see cref="DuplicateGroupFinder.Merge"/>),
    /// keeps them as final and drops every other run of the module (older ones, failed ones). Answers how many it kept.
    /// </summary>
    public async Task<int> FinishAsync(Job job, CancellationToken ct)
    {
        var raw = await db.DuplicateGroups.AsNoTracking().Where(g => g.JobId == job.Id && !g.Final).OrderBy(g => g.Id).ToListAsync(ct);
        var merged = DuplicateGroupFinder.Merge(raw.ConvertAll(g => (g.IdList(), g.Count, (IReadOnlyList<string>)g.FieldList())));
        await db.DuplicateGroups.Where(g => g.Module == job.Module && (g.JobId != job.Id || !g.Final)).ExecuteDeleteAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        db.DuplicateGroups.AddRange(merged.Select(g => new DuplicateGroup
        {
            JobId = job.Id, Module = job.Module, Ids = DuplicateGroup.Join(g.Ids), Count = g.Count, Fields = string.Join(',', g.Fields),
            Final = true, CreatedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return merged.Count;
    }

    /// <summary>The module's latest finished run, or null when none has finished yet.</summary>
    public async Task<DuplicateRun?> LatestAsync(string module, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().Where(j => j.Kind == JobKind && j.Module == module && j.Status == JobStatus.Done)
            .OrderByDescending(j => j.Id).Select(j => new { j.Id, j.UpdatedAt }).FirstOrDefaultAsync(ct);
        if (job is null) return null;
        var count = await db.DuplicateGroups.CountAsync(g => g.JobId == job.Id && g.Final, ct);
        return new DuplicateRun(job.Id, job.UpdatedAt, count);
    }

    /// <summary>The run's groups after group id <paramref name="after"/> (0: from the first), biggest first, <paramref name="limit"/> at most.</summary>
    public Task<List<DuplicateGroup>> PageAsync(DuplicateRun run, long after, int limit, CancellationToken ct) =>
        db.DuplicateGroups.AsNoTracking().Where(g => g.JobId == run.JobId && g.Final && g.Id > after).OrderBy(g => g.Id).Take(limit).ToListAsync(ct);

    /// <summary>The run's groups from the <paramref name="skip"/>-th on (the page's numbered pages; a run keeps at most 10,000).</summary>
    public Task<List<DuplicateGroup>> PageAtAsync(DuplicateRun run, int skip, int limit, CancellationToken ct) =>
        db.DuplicateGroups.AsNoTracking().Where(g => g.JobId == run.JobId && g.Final).OrderBy(g => g.Id).Skip(skip).Take(limit).ToListAsync(ct);

    /// <summary>A search of the module still queued or running, so a second click follows it rather than queueing another.</summary>
    public Task<Job?> PendingAsync(string module, CancellationToken ct) =>
        db.Jobs.AsNoTracking().Where(j => j.Kind == JobKind && j.Module == module && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running))
            .OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct);

    /// <summary>How many index rows a run walks: its progress' total.</summary>
    public Task<int> CountKeysAsync(string module, IReadOnlyList<IReadOnlyList<string>> criteria, CancellationToken ct) =>
        DuplicateGroupFinder.CountAsync(db, module, criteria, ct);

    public Task<DuplicateGroupFinder.Batch> NextAsync(ModuleRegistration registration, IReadOnlyList<string> fields, string? after, CancellationToken ct) =>
        DuplicateGroupFinder.NextAsync(db, registration, fields, after, DuplicateGroupFinder.BatchRows, ct);
}
