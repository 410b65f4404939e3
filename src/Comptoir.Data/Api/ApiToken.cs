namespace Comptoir.Data.Api;

/// <summary>A bearer token for the REST API. Only its SHA-256 hash is stored.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public string TokenHash { get; set; } = "";
    /// <summary>First characters of the token, so a user can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>Space-separated <see cref="Comptoir.Core.Security.TokenScopes"/>; tokens made before scopes existed have all three.</summary>
    public string Scopes { get; set; } = "read write admin";
    public DateTime CreatedAt { get; set; }
    /// <summary>After it the token is refused (401); null for tokens made before expiry existed.</summary>
    public DateTime? ExpiresAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>The response to a POST made with an Idempotency-Key, replayed when the same key comes again.</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string ResponseBody { get; set; } = "";
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public DateTime CreatedAt { get; set; }
}
