namespace Comptoir.Data.Imports;

/// <summary>
/// Keeps an import's rows while its job runs them, and what became of each row for the report (and the undo).
/// The rows are written before the job is queued: a file that turns out unreadable half-way is dropped whole.
/// </summary>
public sealed class ImportStore(AppDbContext db, IWriteGate gate, TimeProvider time)
{
    public async Task<ImportRun> CreateAsync(ImportRun run, CancellationToken ct)
    {
        run.CreatedAt = time.GetUtcNow().UtcDateTime;
        using (await gate.EnterAsync(ct))
        {
            db.Imports.Add(run);
            await db.SaveChangesAsync(ct);
        }
        db.Entry(run).State = EntityState.Detached;
        return run;
    }

    /// <summary>A few chunks at a time, each call its own short turn at the write gate, so other saves go on meanwhile.</summary>
    public async Task AddChunksAsync(IReadOnlyList<ImportChunk> chunks, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            db.ImportChunks.AddRange(chunks);
            await db.SaveChangesAsync(ct);
        }
        foreach (var chunk in chunks) db.Entry(chunk).State = EntityState.Detached;
    }

    /// <summary>The rows are all in: how many, and the job that runs them.</summary>
    public async Task CompleteAsync(long id, int rows, long jobId, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
            await db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Rows, rows).SetProperty(i => i.JobId, jobId), ct);
    }

    /// <summary>Records the undo's job, once: false when another undo got there first.</summary>
    public async Task<bool> SetUndoAsync(long id, long jobId, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
            return await db.Imports.Where(i => i.Id == id && i.UndoJobId == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.UndoJobId, jobId), ct) == 1;
    }

    /// <summary>Drops an import whose file could not be read to its end (its chunks go with it).</summary>
    public async Task DiscardAsync(long id, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await db.ImportChunks.Where(c => c.ImportId == id).ExecuteDeleteAsync(ct);
            await db.Imports.Where(i => i.Id == id).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>The import when the user started it or is an administrator; null otherwise, as if it did not exist.</summary>
    public Task<ImportRun?> FindAsync(UserContext user, long id, CancellationToken ct) =>
        db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && (user.IsAdmin || i.UserId == user.UserId), ct);

    public Task<ImportRun?> FindAsync(long id, CancellationToken ct) => db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);

    /// <summary>The chunk after <paramref name="seq"/>, tracked so that the job's batch writes its results; null when none is left.</summary>
    public Task<ImportChunk?> NextChunkAsync(long importId, int seq, CancellationToken ct) =>
        db.ImportChunks.Where(c => c.ImportId == importId && c.Seq > seq).OrderBy(c => c.Seq).FirstOrDefaultAsync(ct);

    /// <summary>The chunk before <paramref name="seq"/>, read only: an undo walks an import backwards, last row first.</summary>
    public Task<ImportChunk?> PreviousChunkAsync(long importId, int seq, CancellationToken ct) =>
        db.ImportChunks.AsNoTracking().Where(c => c.ImportId == importId && c.Seq < seq).OrderByDescending(c => c.Seq).FirstOrDefaultAsync(ct);

    /// <summary>Every chunk in order, one at a time (the report reads a 500,000-row import without holding it).</summary>
    public IAsyncEnumerable<ImportChunk> ChunksAsync(long importId) =>
        db.ImportChunks.AsNoTracking().Where(c => c.ImportId == importId).OrderBy(c => c.Seq).AsAsyncEnumerable();

    /// <summary>What became of a chunk's rows; inside a job's batch, whose transaction (and write gate) it joins.</summary>
    public Task SaveResultsAsync(long chunkId, string results, CancellationToken ct) =>
        db.ImportChunks.Where(c => c.Id == chunkId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Results, results), ct);
}
