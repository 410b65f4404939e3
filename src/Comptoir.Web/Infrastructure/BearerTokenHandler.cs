using System.Security.Claims;
using System.Text.Encodings.Web;
using Comptoir.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Comptoir.Web.Infrastructure;

/// <summary>Authenticates API calls by "Authorization: Bearer cpt_…" against the stored token hashes.</summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db, CurrentUser current)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    /// <summary>The token, with what the request needs to know about its user: one round trip, compiled once as every API request runs it.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, string, CancellationToken, Task<TokenHolder?>>> FindByHash = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string hash, CancellationToken ct) => db.ApiTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Join(db.Users.Where(u => u.IsActive), t => t.UserId, u => u.Id, (t, u) => new TokenHolder(
                t, u.Id, u.UserName, u.DisplayName, u.IsAdmin, db.TeamMembers.Where(m => m.UserId == u.Id).Select(m => m.TeamId).ToList()))
            .FirstOrDefault()));

    private sealed record TokenHolder(Data.Api.ApiToken Token, int Id, string? UserName, string DisplayName, bool IsAdmin, List<int> Teams);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (token.Length is < 10 or > 200) return AuthenticateResult.Fail("Malformed token.");

        var found = await FindByHash.For(db)(db, ApiTokens.Hash(token), Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail("Unknown or revoked token.");
        current.Use(new Core.Security.UserContext(found.Id, found.DisplayName, found.IsAdmin, found.Teams));

        // Record use at most once a minute: a write per request would serialise every API read on SQLite.
        if (found.Token.LastUsedAt is null || found.Token.LastUsedAt < DateTime.UtcNow.AddMinutes(-1))
        {
            found.Token.LastUsedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, found.UserName ?? "")],
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
            Detail = SharedText.T("Votre compte n'a pas le droit de faire cette opération."),
        }).ExecuteAsync(Context);
    }
}
