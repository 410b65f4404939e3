using Comptoir.Core.Duplicates;
using Comptoir.Data.Duplicates;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Duplicates;

/// <summary>
/// POST /api/v1/{module}/duplicates/check: the records a record's fields match (docs/duplicates.md), and the 409
/// a save held by the module's rule answers (« Bloquer », or « Avertir » without ?allowDuplicate=true).
/// </summary>
public static class DuplicatesApi
{
    public static void Map(RouteGroupBuilder group, ModuleRegistration registration)
    {
        var module = registration.Name;
        group.MapPost("/duplicates/check", (HttpContext http, CurrentUser current, RecordStores stores, CancellationToken ct) =>
                CheckAsync(http, stores.For(module)!, current, ct))
            .WithName("Check" + registration.Definition.ApiSchema + "Duplicates")
            .WithSummary(() => OpenApiText.T("Les enregistrements que ces champs rendent doublons possibles (id pour s'exclure soi-même) : ceux que vous voyez, le nombre des autres, et les autres établissements de la même entreprise (même SIREN)."))
            .ProducesValidationProblem().ProducesProblem(415);
        FindApi.Map(group, registration);
    }

    private static async Task<IResult> CheckAsync(HttpContext http, IRecordStore store, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;
        long? exclude = null;
        if (body["id"] is { } id)
        {
            if (id.GetValueKind() != System.Text.Json.JsonValueKind.Number || !long.TryParse(id.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return ApiProblems.Validation("id", DuplicatesText.T("L'id doit être un nombre entier."));
            exclude = value;
            body.Remove("id");
        }
        var report = await store.CheckDuplicatesAsync(user, RecordInput.FromJson(body), exclude, ct);
        return TypedResults.Ok(Json(report));
    }

    /// <summary>The check's answer: matches with their fields, hidden count, the rule in force and the SIREN warnings.</summary>
    public static JsonObject Json(DuplicateReport report)
    {
        var matches = new JsonArray();
        foreach (var hit in report.Matches)
            matches.Add(new JsonObject { ["id"] = hit.Id, ["number"] = hit.Number, ["name"] = hit.Name, ["fields"] = new JsonArray([.. hit.Fields.Select(f => JsonValue.Create(f))]) });
        var siren = new JsonArray();
        foreach (var hit in report.SameCompany)
            siren.Add(new JsonObject { ["id"] = hit.Id, ["number"] = hit.Number, ["name"] = hit.Name, ["message"] = SameCompanyMessage });
        return new JsonObject
        {
            ["matches"] = matches,
            ["hidden"] = report.Hidden,
            ["sirenWarnings"] = siren,
            ["sirenHidden"] = report.SameCompanyHidden,
            ["rule"] = Rule(report.Rule),
            ["ruleMatched"] = report.RuleMatched,
        };
    }

    public static string SameCompanyMessage => DuplicatesText.T("Même entreprise, autre établissement (même SIREN).");

    private static JsonObject? Rule(DuplicateRule? rule) => rule is null ? null : new JsonObject
    {
        ["enabled"] = rule.Enabled,
        ["action"] = rule.Action == DuplicateAction.Block ? "block" : "warn",
    };

    /// <summary>?allowDuplicate=true: the caller confirms a save the rule only warns about.</summary>
    public static bool AllowDuplicate(HttpRequest request) =>
        string.Equals(request.Query["allowDuplicate"], "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>409: the save was held by the rule; the matches the caller may see, the count of the others, and what to do.</summary>
    public static IResult Conflict(DuplicateReport report)
    {
        var block = report.Rule?.Action == DuplicateAction.Block;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = block ? DuplicatesText.T("Doublon refusé") : DuplicatesText.T("Doublon possible"),
            Detail = block
                ? DuplicatesText.T("Rien n'a été enregistré : la règle de doublons de ce module refuse un enregistrement qui en double un autre.")
                : DuplicatesText.T("Rien n'a été enregistré : cet enregistrement ressemble à un autre. Renvoyez-le avec ?allowDuplicate=true pour l'enregistrer quand même."),
        };
        var duplicates = new JsonArray();
        foreach (var hit in report.Matches) duplicates.Add(new JsonObject { ["id"] = hit.Id, ["number"] = hit.Number, ["name"] = hit.Name });
        problem.Extensions["duplicates"] = duplicates;
        problem.Extensions["hidden"] = report.Hidden;
        problem.Extensions["action"] = block ? "block" : "warn";
        return TypedResults.Problem(problem);
    }
}
