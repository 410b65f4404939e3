namespace Comptoir.Web.Features.Api;

/// <summary>The API's RFC 9457 answers, worded once, in the request's language.</summary>
public static class ApiProblems
{
    /// <summary>400 listing every failing field under its API key.</summary>
    public static IResult Validation(IReadOnlyDictionary<string, List<string>> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            title: ApiText.T("Données invalides"),
            detail: ApiText.T("Rien n'a été enregistré : corrigez les champs signalés."));

    /// <summary>400 for a read whose query parameters were refused (a list, a history page, a search, an export): nothing to save, so it says so.</summary>
    public static IResult InvalidQuery(IReadOnlyDictionary<string, List<string>> errors, string? title = null) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            title: title ?? ApiText.T("Données invalides"),
            detail: ApiText.T("Corrigez les paramètres signalés."));

    public static IResult Validation(string key, string message) =>
        Validation(new Dictionary<string, List<string>> { [key] = [message] });

    public static IResult NotFound() => Problem(404, SharedText.T("Introuvable"),
        SharedText.T("Cette page ou cet enregistrement n'existe pas, ou ne vous est pas accessible."));

    public static IResult PreconditionFailed() => Problem(412, ApiText.T("Modifié entre-temps"),
        ApiText.T("L'enregistrement a changé depuis votre lecture (If-Match ne correspond plus à son ETag) : relisez-le puis recommencez."));

    public static IResult UnsupportedMediaType() => Problem(415, SharedText.T("Format non pris en charge"),
        SharedText.T("Envoyez du JSON (Content-Type: application/json)."));

    public static IResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
