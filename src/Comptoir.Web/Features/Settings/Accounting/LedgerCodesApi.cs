using System.Text.Json;
using Comptoir.Core.Accounting;
using Comptoir.Data.Accounting;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Accounting;

/// <summary>/api/v1/settings/ledger-codes: the ledger code rule (any user reads it, administrators change it).</summary>
public static class LedgerCodesApi
{
    public const string Prefix = "prefix", Source = "source", Length = "length", Example = "example";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/ledger-codes", GetAsync).WithName("GetLedgerCodeRule").Produces<LedgerCodesJson>();
        group.MapPut("/ledger-codes", PutAsync).WithName("SetLedgerCodeRule")
            .WithSummary(() => OpenApiText.T("Administrateurs uniquement. Les clés omises gardent leur valeur ; example est en lecture seule et ignoré."))
            .Accepts<LedgerCodesJson>("application/json").Produces<LedgerCodesJson>()
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(415);
    }

    private static async Task<IResult> GetAsync(LedgerCodeRules rules, CancellationToken ct) =>
        TypedResults.Ok(LedgerCodesJson.Of(await rules.GetAsync(ct)));

    private static async Task<IResult> PutAsync(HttpContext http, LedgerCodeRules rules, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;

        var errors = new FieldErrors();
        foreach (var (key, _) in body)
            if (key is not (Prefix or Source or Length or Example)) errors.Add(key, Core.Localization.Texts.T("Champ inconnu : « {0} ».", key));
        var saved = await rules.GetAsync(ct);
        var prefix = Text(body, Prefix, saved.Prefix, errors);
        var source = Text(body, Source, LedgerCodeRule.SourceCode(saved.Source), errors);
        int? length = saved.Length;
        if (body.TryGetPropertyValue(Length, out var node))
        {
            length = node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) ? n : null;
            if (length is null) errors.Add(Length, AccountingSettingsText.T("Un nombre entier est attendu."));
        }
        var (rule, ruleErrors) = LedgerCodeRule.Create(prefix, source, length);
        foreach (var (key, message) in ruleErrors)
            if (!errors.Has(key)) errors.Add(key, message);
        if (errors.Any) return DirectoryApi.Validation(errors);

        await rules.SetAsync(rule!, ct);
        return TypedResults.Ok(LedgerCodesJson.Of(rule!));
    }

    private static string? Text(JsonObject body, string key, string fallback, FieldErrors errors)
    {
        if (!body.TryGetPropertyValue(key, out var node)) return fallback;
        if (node is null) return key == Prefix ? "" : null; // null clears the prefix; a source is required
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        errors.Add(key, AccountingSettingsText.T("Une chaîne de caractères est attendue."));
        return null;
    }
}

/// <summary>The ledger code rule; <c>example</c> is the code the rule gives « Société Générale d'Équipement » (account CPT-000042).</summary>
public sealed record LedgerCodesJson(string Prefix, string Source, int Length, string Example)
{
    public const string ExampleName = "Société Générale d'Équipement", ExampleNumber = "CPT-000042";

    public static LedgerCodesJson Of(LedgerCodeRule rule) =>
        new(rule.Prefix, LedgerCodeRule.SourceCode(rule.Source), rule.Length, LedgerCodeGenerator.Example(rule, ExampleName, ExampleNumber));
}
