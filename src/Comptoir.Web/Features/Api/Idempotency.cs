using System.Security.Cryptography;
using System.Text;
using Comptoir.Data.Api;

namespace Comptoir.Web.Features.Api;

/// <summary>
/// POST with an Idempotency-Key, its HTTP side: the first response is stored with the record it created
/// (<see cref="IdempotencyStore"/>, same transaction), and a retry with the same key and body gets that
/// response back instead of a twin.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxKeyLength = 200;

    public static (string? Key, IResult? Error) ReadKey(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Header, out var values)) return (null, null);
        var key = values.ToString().Trim();
        return key.Length is > 0 and <= MaxKeyLength
            ? (key, null)
            : (null, ApiProblems.Validation(Header, ApiText.T("L'en-tête Idempotency-Key doit compter de 1 à {0} caractères.", MaxKeyLength)));
    }

    /// <summary>What "the same request" means: same route, same JSON (whitespace aside).</summary>
    public static string Hash(HttpRequest request, JsonObject body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Path.Value + "\n" + body.ToJsonString())));

    /// <summary>The stored response again, or 422 when the key was first used for another request.</summary>
    public static IResult Replay(HttpContext http, IdempotencyRecord earlier, string hash)
    {
        if (!string.Equals(earlier.RequestHash, hash, StringComparison.Ordinal))
            return ApiProblems.Problem(422, ApiText.T("Clé d'idempotence déjà utilisée"),
                ApiText.T("Cette Idempotency-Key a déjà servi pour une autre requête : choisissez une nouvelle clé pour une nouvelle création."));
        var headers = http.Response.Headers;
        if (earlier.Location is not null) headers.Location = earlier.Location;
        if (earlier.ETag is not null) headers.ETag = earlier.ETag;
        headers[ReplayedHeader] = "true";
        return Results.Content(earlier.ResponseBody, "application/json", Encoding.UTF8, earlier.StatusCode);
    }
}
