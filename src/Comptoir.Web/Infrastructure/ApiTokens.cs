using System.Security.Cryptography;
using System.Text;
using Comptoir.Data;
using Comptoir.Data.Api;

namespace Comptoir.Web.Infrastructure;

/// <summary>Issues bearer tokens: 32 random bytes shown once; the database keeps only their SHA-256.</summary>
public static class ApiTokens
{
    public const string Prefix = "cpt_";

    public static async Task<string> IssueAsync(AppDbContext db, int userId, string name, CancellationToken ct)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId,
            Name = name.Length > 100 ? name[..100] : name,
            TokenHash = Hash(token),
            Prefix = token[..10],
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
