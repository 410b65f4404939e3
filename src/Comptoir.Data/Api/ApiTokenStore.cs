using System.Security.Cryptography;
using System.Text;

namespace Comptoir.Data.Api;

/// <summary>The signed-in user a bearer token stands for.</summary>
public sealed record TokenBearer(UserContext User, string? UserName);

/// <summary>
/// Bearer tokens: 32 random bytes shown once; the database keeps only their SHA-256. Issued on the
/// profile page and by POST /api/v1/auth/tokens, checked on every API request.
/// </summary>
public sealed class ApiTokenStore(AppDbContext db, IWriteGate gate)
{
    public const string Prefix = "cpt_";
    public const int MaxNameLength = 100;

    /// <summary>The token, with what the request needs to know about its user: one round trip, compiled once as every API request runs it.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, string, CancellationToken, Task<Holder?>>> FindByHash = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string hash, CancellationToken ct) => db.ApiTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Join(db.Users.Where(u => u.IsActive), t => t.UserId, u => u.Id, (t, u) => new Holder(
                t, u.Id, u.UserName, u.DisplayName, u.IsAdmin, db.TeamMembers.Where(m => m.UserId == u.Id).Select(m => m.TeamId).ToList()))
            .FirstOrDefault()));

    private sealed record Holder(ApiToken Token, int Id, string? UserName, string DisplayName, bool IsAdmin, List<int> Teams);

    /// <returns>The token in clear, to show once.</returns>
    public async Task<string> IssueAsync(int userId, string name, CancellationToken ct)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId,
            Name = name.Length > MaxNameLength ? name[..MaxNameLength] : name,
            TokenHash = Hash(token),
            Prefix = token[..10],
            CreatedAt = DateTime.UtcNow,
        });
        using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The active user a live token belongs to, or null (unknown, revoked, or its user deactivated).</summary>
    public async Task<TokenBearer?> AuthenticateAsync(string token, CancellationToken ct)
    {
        var found = await FindByHash.For(db)(db, Hash(token), ct);
        if (found is null) return null;
        // Record use at most once a minute: a write per request would serialise every API read on SQLite.
        if (found.Token.LastUsedAt is null || found.Token.LastUsedAt < DateTime.UtcNow.AddMinutes(-1))
        {
            found.Token.LastUsedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
        }
        return new TokenBearer(new UserContext(found.Id, found.DisplayName, found.IsAdmin, found.Teams), found.UserName);
    }

    /// <summary>A user's tokens still valid, newest first.</summary>
    public Task<List<ApiToken>> ActiveAsync(int userId, CancellationToken ct) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null).OrderByDescending(t => t.Id).ToListAsync(ct);

    /// <returns>False when the user has no such live token.</returns>
    public async Task<bool> RevokeAsync(int userId, int tokenId, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
            return await db.ApiTokens.Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow), ct) > 0;
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
