using System.Text.Json.Nodes;

namespace Comptoir.Data.Api;

/// <summary>
/// The responses to POSTs made with an Idempotency-Key. The first one is stored with the record it
/// created, in the same transaction: it shares the request's context with the store that creates.
/// </summary>
public sealed class IdempotencyStore(AppDbContext db)
{
    public Task<IdempotencyRecord?> FindAsync(int userId, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);

    /// <summary>After the same key raced this request (the unique index refused the save): drops what the save left and reads the winner.</summary>
    public Task<IdempotencyRecord?> FindWinnerAsync(int userId, string key, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return FindAsync(userId, key, ct);
    }

    /// <summary>Saves the response inside the caller's transaction (a creation's OnCreated hook).</summary>
    public Task RememberAsync(int userId, string key, string hash, int status, JsonObject body, string location, string etag, CancellationToken ct)
    {
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            UserId = userId, Key = key, RequestHash = hash, StatusCode = status,
            ResponseBody = body.ToJsonString(), Location = location, ETag = etag, CreatedAt = DateTime.UtcNow,
        });
        return db.SaveChangesAsync(ct);
    }
}
