using Comptoir.Data.Jobs;
using Comptoir.Data.Modules;
using Comptoir.Data.Settings;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Jobs;

namespace Comptoir.Web.Features.MassActions;

/// <summary>POST /api/v1/{module}/mass-update and /mass-delete, for every module of the catalog.</summary>
public static class MassApi
{
    public static void Map(RouteGroupBuilder group, ModuleRegistration registration)
    {
        var module = registration.Name;
        var schema = registration.Definition.ApiSchema;
        group.MapPost("/mass-update", (HttpContext http, CurrentUser current, RecordStores stores, JobStore jobs, CancellationToken ct) =>
                HandleAsync(MassKind.Update, http, registration, stores.For(module)!, current, jobs, ct))
            .WithName("MassUpdate" + schema + "s")
            .WithSummary(() => OpenApiText.T("Modifie plusieurs enregistrements : {\"ids\": [12, 15]} ou {\"filter\": {les paramètres de la liste}}, et {\"set\": {\"industry\": \"retail\"}}. Chaque enregistrement passe par l'enregistrement habituel (droits, validation, historique). Jusqu'à 500 identifiants : 200 et le rapport {updated, refused, refusals} ; au-delà, ou un filtre : 202 et Location: /api/v1/jobs/{id}."))
            .Produces(200).Produces(202).ProducesValidationProblem().ProducesProblem(415);
        group.MapPost("/mass-delete", (HttpContext http, CurrentUser current, RecordStores stores, JobStore jobs, CancellationToken ct) =>
                HandleAsync(MassKind.Delete, http, registration, stores.For(module)!, current, jobs, ct))
            .WithName("MassDelete" + schema + "s")
            .WithSummary(() => OpenApiText.T("Supprime plusieurs enregistrements (à la corbeille, avec les options de suppression du module en paramètres, comme DELETE) : {\"ids\": [12, 15]} ou {\"filter\": {les paramètres de la liste}}. Jusqu'à 500 identifiants : 200 et le rapport {deleted, refused, refusals} ; au-delà, ou un filtre : 202 et Location: /api/v1/jobs/{id}."))
            .Produces(200).Produces(202).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(415);
    }

    private static async Task<IResult> HandleAsync(MassKind kind, HttpContext http, ModuleRegistration registration, IRecordStore store,
        CurrentUser current, JobStore jobs, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (body, bodyError) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return bodyError!;
        var with = DeleteChoices.None;
        if (kind == MassKind.Delete)
        {
            if (!store.MayDelete(user)) return Users.DirectoryApi.Forbidden(http, user);
            var (choices, choiceError) = RecycleBin.RecycleBinApi.DeleteChoicesOf(registration, http.Request.Query);
            if (choiceError is not null) return choiceError;
            with = choices;
        }
        var (request, errors) = MassRequest.Read(kind, store.Module, body, with);
        if (request is not null && request.Set is not null)
            foreach (var (key, messages) in await store.CheckValuesAsync(user, RecordInput.FromJson(request.Set), ct))
                errors["set." + key] = messages;
        if (request is null || errors.Count > 0) return ApiProblems.Validation(errors);

        var outcome = await MassRun.RunAsync(store, user, request, jobs, http.RequestServices.GetRequiredService<SettingsStore>(), ct);
        if (outcome.Report is { } report) return TypedResults.Ok(report.ToJson(kind));
        return TypedResults.Accepted(JobsApi.Location(http, outcome.Job!), JobJson.From(outcome.Job!));
    }
}
