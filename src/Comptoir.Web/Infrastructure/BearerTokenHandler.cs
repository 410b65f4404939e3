using System.Security.Claims;
using System.Text.Encodings.Web;
using Comptoir.Data.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Comptoir.Web.Infrastructure;

/// <summary>Authenticates API calls by "Authorization: Bearer cpt_…" against the stored token hashes.</summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokenStore tokens, CurrentUser current)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    /// <summary>The token's scopes, space-separated (<see cref="TokenScopes"/>), as OAuth names the claim.</summary>
    public const string ScopeClaim = "scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length is < 10 or > 200) return AuthenticateResult.Fail("Malformed token.");

        var found = await tokens.AuthenticateAsync(token, Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail("Unknown or revoked token.");
        current.Use(found.User);

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, found.User.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, found.UserName ?? ""),
             new Claim(ScopeClaim, found.Scopes)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(new ProblemDetails
        {
            Status = 401,
            Title = SharedText.T("Authentification requise"),
            Detail = SharedText.T("Envoyez un jeton valide dans l'en-tête « Authorization: Bearer … » (POST /api/v1/auth/tokens pour en obtenir un)."),
        }).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(new ProblemDetails
        {
            Status = 403,
            Title = SharedText.T("Accès refusé"),
            Detail = AllowsMethod(Context.User, Request.Method)
                ? SharedText.T("Votre compte n'a pas le droit de faire cette opération.")
                : SharedText.T("Ce jeton n'a pas la portée « write » : il permet seulement de lire."),
        }).ExecuteAsync(Context);
    }

    /// <summary>
    /// The API policy's scope rule: reading (GET, HEAD, OPTIONS) needs no scope beyond a live token, any
    /// other method needs « write ». A principal without the claim is not a token's (nothing to restrict).
    /// </summary>
    public static bool AllowsMethod(ClaimsPrincipal user, string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
        || user.FindFirst(ScopeClaim) is not { } scopes || TokenScopes.Has(scopes.Value, TokenScopes.Write);
}
