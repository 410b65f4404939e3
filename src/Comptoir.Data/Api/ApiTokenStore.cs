using System.Security.Cryptography;
using System.Text;

namespace Comptoir.Data.Api;

/// <summary>The signed-in user a bearer token stands for, and the token's scopes (space-separated).</summary>
public sealed record TokenBearer(UserContext User, string? UserName, string Scopes);

/// <summary>A live token as the administrators' list shows it, with its owner.</summary>
public sealed record TokenOfUser(ApiToken Token, string? UserName, string DisplayName);

/// <summary>
/// Bearer tokens: 32 random bytes shown once; the database keeps only their SHA-256. Issued on the
/// profile page and by POST /api/v1/auth/tokens, checked on every API request.
/// </summary>
public sealed class ApiTokenStore(AppDbContext db, IWriteGate gate)
{
    public const string Prefix = "cpt_";
    public const int MaxNameLength = 100;
    /// <summary>A token made without « expiresInDays » lives 90 days; at most about ten years.</summary>
    public const int DefaultDays = 90;
    public const int MaxDays = 3650;

    /// <summary>The token, with what the request needs to know about its user: one round trip, compiled once as every API request runs it.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, string, DateTime, CancellationToken, Task<Holder?>>> FindByHash = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string hash, DateTime now, CancellationToken ct) => db.ApiTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .Join(db.Users.Where(u => u.IsActive), t => t.UserId, u => u.Id, (t, u) => new Holder(
                t, u.Id, u.UserName, u.DisplayName, u.IsAdmin, db.TeamMembers.Where(m => m.UserId == u.Id).Select(m => m.TeamId).ToList()))
            .FirstOrDefault()));

    private sealed record Holder(ApiToken Token, int Id, string? UserName, string DisplayName, bool IsAdmin, List<int> Teams);

    /// <summary>A token with every right of its user, for the default lifetime.</summary>
    public Task<string> IssueAsync(int userId, string name, CancellationToken ct) =>
        IssueAsync(userId, name, TokenScopes.All, DefaultDays, ct);

    /// <param name="scopes">Checked by the caller (known names; admin only for an administrator).</param>
    /// <returns>The token in clear, to show once.</returns>
    public async Task<string> IssueAsync(int userId, string name, IEnumerable<string> scopes, int days, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId,
            Name = name.Length > MaxNameLength ? name[..MaxNameLength] : name,
            TokenHash = Hash(token),
            Prefix = token[..10],
            Scopes = TokenScopes.Normalise(scopes),
            CreatedAt = now,
            ExpiresAt = now.AddDays(Math.Clamp(days, 1, MaxDays)),
        });
        using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The active user a live token belongs to, or null (unknown, revoked, expired, or its user deactivated).</summary>
    public async Task<TokenBearer?> AuthenticateAsync(string token, CancellationToken ct)
    {
        var found = await FindByHash.For(db)(db, Hash(token), DateTime.UtcNow, ct);
        if (found is null) return null;
        // Record use at most once a minute: a write per request would serialise every API read on SQLite.
        if (found.Token.LastUsedAt is null || found.Token.LastUsedAt < DateTime.UtcNow.AddMinutes(-1))
        {
            found.Token.LastUsedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
        }
        // An administrator's token without the admin scope acts as a user without administration rights.
        var isAdmin = found.IsAdmin && TokenScopes.Has(found.Token.Scopes, TokenScopes.Admin);
        return new TokenBearer(new UserContext(found.Id, found.DisplayName, isAdmin, found.Teams), found.UserName, found.Token.Scopes);
    }

    /// <summary>A user's tokens neither revoked nor expired, newest first.</summary>
    public Task<List<ApiToken>> ActiveAsync(int userId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        return db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .OrderByDescending(t => t.Id).ToListAsync(ct);
    }

    /// <summary>Every user's live tokens, for the administrators' list: by user, then newest first.</summary>
    public Task<List<TokenOfUser>> AllActiveAsync(CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        return db.ApiTokens.AsNoTracking().Where(t => t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t, u.UserName, u.DisplayName })
            .OrderBy(x => x.UserName).ThenByDescending(x => x.t.Id)
            .Select(x => new TokenOfUser(x.t, x.UserName, x.DisplayName))
            .ToListAsync(ct);
    }

    /// <summary>An administrator revokes anyone's token.</summary>
    /// <returns>False when there is no such live token.</returns>
    public async Task<bool> RevokeAnyAsync(int tokenId, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
            return await db.ApiTokens.Where(t => t.Id == tokenId && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow), ct) > 0;
    }

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
