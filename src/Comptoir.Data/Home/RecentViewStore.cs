namespace Comptoir.Data.Home;

/// <summary>Writes and reads « Récemment consultés »: each user keeps their <see cref="Kept"/> latest records.</summary>
public sealed class RecentViewStore(AppDbContext db, IWriteGate gate, TimeProvider clock)
{
    public const int Kept = 20;

    /// <summary>The user opened the record: it goes (back) to the top of their list, and the oldest past the cap goes.</summary>
    public async Task RecordAsync(UserContext user, string module, long recordId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var turn = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The same statement on both databases: opening the same record twice at once must not fail on the unique index.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "RecentViews" ("UserId", "Module", "RecordId", "ViewedAt") VALUES ({user.UserId}, {module}, {recordId}, {now})
            ON CONFLICT ("UserId", "Module", "RecordId") DO UPDATE SET "ViewedAt" = excluded."ViewedAt"
            """, ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM "RecentViews" WHERE "UserId" = {user.UserId} AND "Id" NOT IN
              (SELECT "Id" FROM "RecentViews" WHERE "UserId" = {user.UserId} ORDER BY "ViewedAt" DESC LIMIT {Kept})
            """, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The user's views, newest first (records since deleted or hidden included: the caller checks).</summary>
    public async Task<List<RecentView>> LatestAsync(UserContext user, CancellationToken ct) =>
        await db.Set<RecentView>().AsNoTracking().Where(v => v.UserId == user.UserId)
            .OrderByDescending(v => v.ViewedAt).Take(Kept).ToListAsync(ct);
}
