using System.Text.Json;

namespace Comptoir.Web.Features.Api;

/// <summary>Reads a request body that must be one JSON object; anything else is a 4xx problem, never a 500.</summary>
public static class JsonBody
{
    /// <summary>Field key used for errors that concern the body as a whole.</summary>
    public const string BodyKey = "$";

    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType()) return (null, ApiProblems.UnsupportedMediaType());
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            if (node is not JsonObject body)
                return (null, ApiProblems.Validation(BodyKey, ApiText.T("Le corps de la requête doit être un objet JSON.")));
            // PostgreSQL cannot store U+0000 in text: refuse it here, by field, rather than fail on save.
            var withNul = body.Where(p => ContainsNul(p.Value)).Select(p => p.Key).ToList();
            if (withNul.Count > 0)
                return (null, ApiProblems.Validation(withNul.ToDictionary(k => k, _ => new List<string> { ApiText.T("Le caractère nul (U+0000) n'est pas accepté.") })));
            return (body, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Validation(BodyKey,
                ApiText.T("JSON mal formé (ligne {0}, position {1}).", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1)));
        }
    }

    private static bool ContainsNul(JsonNode? node) => node switch
    {
        JsonValue value => value.TryGetValue<string>(out var text) && text.Contains('\0', StringComparison.Ordinal),
        JsonObject obj => obj.Any(p => p.Key.Contains('\0', StringComparison.Ordinal) || ContainsNul(p.Value)),
        JsonArray array => array.Any(ContainsNul),
        _ => false,
    };
}
