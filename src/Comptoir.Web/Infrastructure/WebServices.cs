using System.Threading.RateLimiting;
using Comptoir.Data.Identity;
using Comptoir.Web.Features.Records;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Comptoir.Web.Infrastructure;

/// <summary>Everything the web host registers, in one place, in the order a reader needs it.</summary>
public static class WebServices
{
    public const string AdminPolicy = "Admin";
    public const string ApiPolicy = "Api";
    public const string TokenRateLimit = "auth-tokens";
    public static readonly CultureInfo[] Cultures = [new("fr"), new("en")];

    public static IServiceCollection AddComptoirWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // French pages: emit « é » as is rather than &#xE9; (still HTML-encoded for <, >, &, quotes).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // JSON as readable as the pages: « é » rather than \u00E9 (still escaped where it matters for HTML/JS).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddHttpContextAccessor();
        Features.FieldTypes.FieldTypeServices.AddFieldTypes(services);
        services.AddScoped<CurrentUser>();
        // The record pages, written once for every module, and what each module plugs into them.
        services.AddRecordPages();
        Features.Accounts.AccountPages.Register(services);
        Features.Contacts.ContactPages.Register(services);
        Features.LedgerAccounts.LedgerAccountPages.Register(services);
        Features.Home.HomeServices.Register(services);
        Features.MassActions.MassJob.Register(services);
        Features.Imports.ImportJob.Register(services);
        Features.Duplicates.FindJob.Register(services);

        services.AddDataProtection().SetApplicationName("Comptoir").PersistKeysToComptoirDatabase();

        services.AddIdentity<AppUser, Microsoft.AspNetCore.Identity.IdentityRole<int>>(o =>
            {
                o.Password.RequiredLength = Passwords.PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddComptoirStores()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddPasswordValidator<Passwords.PasswordPolicy>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Comptoir.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever served over HTTPS; plain http stays usable on localhost.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = RejectInactiveUsers;
        });
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "Comptoir.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(IsAdminAsync))
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser()
                // A « read » token is refused any change before the endpoint runs: nothing is written.
                .RequireAssertion(c => c.Resource is not HttpContext http || BearerTokenHandler.AllowsMethod(c.User, http.Request.Method)));

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("fr");
            o.SupportedCultures = o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = o.FallBackToParentUICultures = true;
            // The profile's language is written to the culture cookie at sign-in and on change.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToFolder("/Auth");
                o.Conventions.AllowAnonymousToPage("/Shared/Error");
                o.Conventions.AuthorizeFolder("/Settings", AdminPolicy);
            })
            .AddViewLocalization();

        Features.Health.HealthEndpoints.AddComptoirHealth(services);
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionToProblem>();
        services.AddOpenApi("v1", o => OpenApiSetup.Configure(o));

        var tokensPerMinute = configuration.GetValue("Comptoir:RateLimits:TokensPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(TokenRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = tokensPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: 429, title: SharedText.T("Trop de tentatives"),
                    detail: SharedText.T("Réessayez dans une minute.")).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static async Task<bool> IsAdminAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context)
    {
        if (context.Resource is not HttpContext http) return false;
        var user = await http.RequestServices.GetRequiredService<CurrentUser>().GetAsync();
        // The pages refuse as the API does (DirectoryApi.Forbidden): a trace of who tried what.
        if (user is { IsAdmin: false })
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Comptoir.Directory")
                .LogWarning("User {UserId} refused {Method} {Path}: administrators only", user.UserId, http.Request.Method, http.Request.Path);
        return user is { IsAdmin: true };
    }

    /// <summary>
    /// A deactivated user, or a session opened before a password change (the security stamp
    /// moved), loses its session on the next request, not when the cookie expires.
    /// </summary>
    private static async Task RejectInactiveUsers(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var stamp = context.Principal?.FindFirst(new ClaimsIdentityOptions().SecurityStampClaimType)?.Value;
        var services = context.HttpContext.RequestServices;
        var user = int.TryParse(id, CultureInfo.InvariantCulture, out var userId)
            ? await services.GetRequiredService<SignedInUsers>().LoadAsync(userId, context.HttpContext.RequestAborted)
            : null;
        if (user is not { } found || found.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        services.GetRequiredService<CurrentUser>().Use(found.User);
    }
}
