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
    private static readonly HashSet<string> Keys = ["username", "password", "name", "scopes", "expiresInDays"];

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/tokens", IssueAsync).WithName("CreateToken")
            .AllowAnonymous()
            .RequireRateLimiting(WebServices.TokenRateLimit)
            .WithSummary(() => OpenApiText.T("Échange un identifiant et un mot de passe contre un jeton bearer (cpt_…), affiché une seule fois."))
            .WithDescription(() => TokenText.T("« scopes » : read (lecture), write (écriture, lecture comprise), admin (administration, pour un administrateur) ; sans « scopes », tous les droits de l'utilisateur. « expiresInDays » : 90 jours par défaut."))
            .Accepts<TokenRequest>("application/json")
            .Produces<TokenResponse>()
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(415).ProducesProblem(423).ProducesProblem(429);

    private static async Task<IResult> IssueAsync(HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        ApiTokenStore tokens, ILoggerFactory loggers, CancellationToken ct)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;

        var errors = new FieldErrors();
        foreach (var (key, _) in body)
            if (!Keys.Contains(key)) errors.Add(key, Comptoir.Core.Localization.Texts.T("Champ inconnu : « {0} ».", key));
        var username = Text(body, "username", errors, ApiText.T("Identifiant obligatoire."));
        var password = Text(body, "password", errors, ApiText.T("Mot de passe obligatoire."));
        var name = body.ContainsKey("name") ? Text(body, "name", errors, null) : null;
        var scopes = Scopes(body, errors);
        var days = Days(body, errors);
        if (scopes is not null) TokenRules.CheckScopes(scopes, isAdmin: true, "scopes", errors); // « admin » is checked against the user below
        if (errors.Any) return ApiProblems.Validation(errors.AsDictionary);

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

        // Only now is the user known: asking « admin » without being an administrator is refused, like any bad field.
        if (scopes is not null) TokenRules.CheckScopes(scopes, user.IsAdmin, "scopes", errors);
        if (errors.Any) return ApiProblems.Validation(errors.AsDictionary);
        var granted = scopes ?? TokenRules.Default(user.IsAdmin);
        var lifetime = days ?? ApiTokenStore.DefaultDays;
        var label = string.IsNullOrWhiteSpace(name) ? "API" : name.Trim();
        var token = await tokens.IssueAsync(user.Id, label, granted, lifetime, ct);
        var stored = TokenScopes.Parse(TokenScopes.Normalise(granted));
        return TypedResults.Ok(new TokenResponse(token, label, stored, DateTime.UtcNow.AddDays(lifetime)));
    }

    private static IResult WrongCredentials() =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, SharedText.T("Authentification requise"),
            SharedText.T("Identifiant ou mot de passe incorrect."));

    /// <summary>A string member of the body; required when a message for its absence is given.</summary>
    private static string? Text(JsonObject body, string key, FieldErrors errors, string? missing)
    {
        var node = body[key];
        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        if (node is not null && text is null)
        {
            errors.Add(key, ApiText.T("Valeur attendue : un texte."));
            return null;
        }
        if (missing is not null && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(key, missing);
            return null;
        }
        return text;
    }

    /// <summary>« scopes »: an array of names, or absent (null: the user's rights).</summary>
    private static List<string>? Scopes(JsonObject body, FieldErrors errors)
    {
        if (!body.TryGetPropertyValue("scopes", out var node) || node is null) return null;
        var names = node is JsonArray array
            ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList()
            : null;
        if (names is null || names.Contains(null))
        {
            errors.Add("scopes", TokenText.T("Valeur attendue : une liste de portées, par exemple [\"read\"]."));
            return null;
        }
        return names.Select(n => n!.Trim()).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>« expiresInDays »: a whole number of days, or absent (null: the default lifetime).</summary>
    private static int? Days(JsonObject body, FieldErrors errors)
    {
        if (!body.TryGetPropertyValue("expiresInDays", out var node) || node is null) return null;
        if (node is JsonValue v && v.TryGetValue<int>(out var days))
        {
            TokenRules.CheckDays(days, "expiresInDays", errors);
            return days;
        }
        errors.Add("expiresInDays", TokenText.T("Valeur attendue : un nombre entier de jours."));
        return null;
    }
}

/// <summary>POST /api/v1/auth/tokens body; name labels the token on the profile page.</summary>
public sealed record TokenRequest(string Username, string Password, string? Name, IReadOnlyList<string>? Scopes, int? ExpiresInDays);

/// <summary>The token in clear (shown once), what it may do and until when.</summary>
public sealed record TokenResponse(string Token, string Name, IReadOnlyList<string> Scopes, DateTime ExpiresAt);
