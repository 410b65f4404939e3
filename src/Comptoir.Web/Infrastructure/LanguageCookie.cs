using Microsoft.AspNetCore.Localization;

namespace Comptoir.Web.Infrastructure;

/// <summary>The language a user chose in their profile, carried by the request-culture cookie.</summary>
public static class LanguageCookie
{
    public static void Write(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(CookieRequestCultureProvider.DefaultCookieName);
}
