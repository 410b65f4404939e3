using Comptoir.Data.Api;

namespace Comptoir.Web.Features.Auth;

/// <summary>What a new token may ask for, checked the same way by the API and by « Mon profil ».</summary>
public static class TokenRules
{
    /// <summary>Adds an error under <paramref name="key"/> for an unknown scope, none at all, or « admin » asked by a non-administrator.</summary>
    public static void CheckScopes(IReadOnlyCollection<string> scopes, bool isAdmin, string key, FieldErrors errors)
    {
        var unknown = scopes.Where(s => !TokenScopes.IsKnown(s)).ToList();
        if (unknown.Count > 0)
            errors.Add(key, TokenText.T("Portée inconnue : « {0} » (portées possibles : read, write, admin).", string.Join(", ", unknown)));
        else if (scopes.Count == 0)
            errors.Add(key, TokenText.T("Choisissez au moins une portée : read, write ou admin."));
        else if (!isAdmin && scopes.Contains(TokenScopes.Admin))
            errors.Add(key, TokenText.T("Seul un administrateur peut obtenir un jeton avec la portée « admin »."));
    }

    public static void CheckDays(int? days, string key, FieldErrors errors)
    {
        if (days is < 1 or > ApiTokenStore.MaxDays)
            errors.Add(key, TokenText.T("La durée de validité va de 1 à {0} jours.", ApiTokenStore.MaxDays));
    }

    /// <summary>What a user may get without naming scopes: every right they have.</summary>
    public static IReadOnlyList<string> Default(bool isAdmin) =>
        isAdmin ? TokenScopes.All : [TokenScopes.Read, TokenScopes.Write];

    /// <summary>A scope's meaning, for the pages.</summary>
    public static string Describe(string scope) => scope switch
    {
        TokenScopes.Read => TokenText.T("lecture"),
        TokenScopes.Write => TokenText.T("écriture"),
        TokenScopes.Admin => TokenText.T("administration"),
        _ => scope,
    };
}
