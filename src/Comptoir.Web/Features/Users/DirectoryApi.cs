using System.Text.Json;
using Comptoir.Web.Features.Api;

namespace Comptoir.Web.Features.Users;

/// <summary>
/// What the users, teams and settings endpoints add to the shared API helpers (ApiProblems, ETags,
/// JsonBody): reading a JSON body field by field (so a wrong type is a 400 on that field, never a 500).
/// </summary>
public static class DirectoryApi
{
    public static IResult Validation(FieldErrors errors) => ApiProblems.Validation(errors.AsDictionary);

    public static IResult Conflict(string message) => TypedResults.Problem(new ProblemDetails
    {
        Status = 409, Title = UsersText.T("Opération impossible"), Detail = message,
    });

    /// <summary>403 as problem details, logged: a refused administrative call is worth knowing about.</summary>
    public static IResult Forbidden(HttpContext http, UserContext user)
    {
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Comptoir.Directory")
            .LogWarning("User {UserId} refused {Method} {Path}: administrators only", user.UserId, http.Request.Method, http.Request.Path);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = 403, Title = SharedText.T("Accès refusé"),
            Detail = SharedText.T("Votre compte n'a pas le droit de faire cette opération."),
        });
    }

    public static IResult WithETag(HttpContext http, int version, IResult result)
    {
        http.Response.Headers.ETag = ETags.Of(version);
        return result;
    }

    /// <summary>Reads the body's fields by expected kind; unknown keys and wrong types become field errors.</summary>
    public sealed class BodyReader(JsonObject body, FieldErrors errors, IReadOnlySet<string> allowed)
    {
        public FieldErrors Errors => errors;

        public void RejectUnknown()
        {
            foreach (var (key, _) in body)
                if (!allowed.Contains(key)) errors.Add(key, Texts.T("Champ inconnu : « {0} ».", key));
        }

        public bool Has(string key) => body.ContainsKey(key);

        /// <summary>A string (null clears it: returned as "").</summary>
        public string? String(string key)
        {
            if (!body.TryGetPropertyValue(key, out var node)) return null;
            if (node is null) return "";
            if (node is JsonValue value && value.TryGetValue<string>(out var text)) return text;
            errors.Add(key, UsersText.T("Valeur attendue : un texte."));
            return null;
        }

        public bool? Bool(string key)
        {
            if (!body.TryGetPropertyValue(key, out var node)) return null;
            if (node is JsonValue value && value.TryGetValue<bool>(out var flag)) return flag;
            errors.Add(key, UsersText.T("Valeur attendue : true ou false."));
            return null;
        }

        public IReadOnlyList<int>? Ids(string key)
        {
            if (!body.TryGetPropertyValue(key, out var node)) return null;
            if (node is JsonArray array)
            {
                var ids = new List<int>();
                foreach (var item in array)
                {
                    if (item is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var id) && id > 0) ids.Add(id);
                    else
                    {
                        errors.Add(key, UsersText.T("Valeur attendue : une liste d'identifiants (nombres entiers)."));
                        return null;
                    }
                }
                return ids;
            }
            errors.Add(key, UsersText.T("Valeur attendue : une liste d'identifiants (nombres entiers)."));
            return null;
        }
    }

    /// <summary>?limit= from 1 to 100 (default 100: a directory is small) and ?cursor= (the last id of the previous page).</summary>
    public static (int Limit, int? After, FieldErrors Errors) Paging(string? limit, string? cursor)
    {
        var errors = new FieldErrors();
        var size = 100;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > ListQuery.MaxLimit))
            errors.Add("limit", ApiText.T("« limit » doit être un nombre entier entre 1 et {0}.", ListQuery.MaxLimit));
        int? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) after = id;
            else errors.Add("cursor", ApiText.T("Curseur invalide : reprenez « nextCursor » de la page précédente."));
        }
        return (size, after, errors);
    }
}

/// <summary>A page of a list: the items and the cursor of the next page (null on the last one).</summary>
public sealed record ListJson<T>(IReadOnlyList<T> Items, string? NextCursor);
