using Comptoir.Data.Api;
using Comptoir.Data.Identity;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Microsoft.AspNetCore.Identity;

namespace Comptoir.Web.Features.Auth;

/// <summary>
/// POST /api/v1/auth/tokens: a username and password for a bearer token. Rate-limited, and
/// failures count towards the same lockout as the login page.
/// </summary>
public static class TokensApi
{
    private static readonly HashSet<string> Keys = ["username", "password", "name"];

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/tokens", IssueAsync).WithName("CreateToken")
            .AllowAnonymous()
            .RequireRateLimiting(WebServices.TokenRateLimit)
            .WithSummary(() => OpenApiText.T("Échange un identifiant et un mot de passe contre un jeton bearer (cpt_…), affiché une seule fois."))
            .Accepts<TokenRequest>("application/json")
            .Produces<TokenResponse>()
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(415).ProducesProblem(423).ProducesProblem(429);

    private static async Task<IResult> IssueAsync(HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        ApiTokenStore tokens, ILoggerFactory loggers, CancellationToken ct)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, _) in body)
            if (!Keys.Contains(key)) errors[key] = [Comptoir.Core.Localization.Texts.T("Champ inconnu : « {0} ».", key)];
        var username = Text(body, "username", errors, ApiText.T("Identifiant obligatoire."));
        var password = Text(body, "password", errors, ApiText.T("Mot de passe obligatoire."));
        var name = body.ContainsKey("name") ? Text(body, "name", errors, null) : null;
        if (errors.Count > 0) return ApiProblems.Validation(errors);

        var user = await users.FindByNameAsync(username!.Trim());
        if (user is null || !user.IsActive) return WrongCredentials();

        var result = await signIn.CheckPasswordSignInAsync(user, password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            loggers.CreateLogger("Comptoir.Auth.Tokens").LogWarning("Token refused for locked-out user {User}", user.UserName);
            if (user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow)
                http.Response.Headers.RetryAfter = Math.Ceiling((end - DateTimeOffset.UtcNow).TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return ApiProblems.Problem(StatusCodes.Status423Locked, ApiText.T("Compte verrouillé"),
                SharedText.T("Trop d'essais infructueux : ce compte est verrouillé pendant quelques minutes."));
        }
        if (!result.Succeeded) return WrongCredentials();

        var token = await tokens.IssueAsync(user.Id, string.IsNullOrWhiteSpace(name) ? "API" : name.Trim(), ct);
        return TypedResults.Ok(new TokenResponse(token));
    }

    private static IResult WrongCredentials() =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, SharedText.T("Authentification requise"),
            SharedText.T("Identifiant ou mot de passe incorrect."));

    /// <summary>A string member of the body; required when a message for its absence is given.</summary>
    private static string? Text(JsonObject body, string key, Dictionary<string, List<string>> errors, string? missing)
    {
        var node = body[key];
        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        if (node is not null && text is null)
        {
            errors[key] = [ApiText.T("Valeur attendue : un texte.")];
            return null;
        }
        if (missing is not null && string.IsNullOrWhiteSpace(text))
        {
            errors[key] = [missing];
            return null;
        }
        return text;
    }
}

/// <summary>POST /api/v1/auth/tokens body; name labels the token on the profile page.</summary>
public sealed record TokenRequest(string Username, string Password, string? Name);

public sealed record TokenResponse(string Token);
