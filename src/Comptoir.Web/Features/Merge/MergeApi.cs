using Comptoir.Data.Merge;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Merge;

/// <summary>POST /api/v1/{module}/merge, for every module whose records go to the recycle bin (docs/duplicates.md).</summary>
public static class MergeApi
{
    public static void Map(RouteGroupBuilder group, ModuleRegistration registration)
    {
        if (!registration.GoesToBin) return;
        var module = registration.Name;
        group.MapPost("/merge", (HttpContext http, CurrentUser current, RecordStores stores, CancellationToken ct) =>
                MergeAsync(http, stores.For(module)!, current, ct))
            .WithName("Merge" + registration.Definition.ApiSchema + "s")
            .WithSummary(() => OpenApiText.T("Fusionne des doublons : {\"target\": 12, \"sources\": [15], \"fields\": {\"phone\": 15}}. Ce qui désignait les sources désigne l'enregistrement conservé ; chaque champ nommé prend la valeur de l'enregistrement indiqué ; les sources vont à la corbeille (« fusionné dans … »), d'où une restauration les rétablit avec ce qui a été déplacé. 200 et l'enregistrement conservé."))
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(415);
    }

    private static async Task<IResult> MergeAsync(HttpContext http, IRecordStore store, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (body, bodyError) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return bodyError!;
        var (request, errors) = MergeBody.Read(body);
        if (request is null) return ApiProblems.Validation(errors);
        var outcome = await store.MergeAsync(user, request, ct);
        switch (outcome.Status)
        {
            case MergeStatus.Invalid: return ApiProblems.Validation(outcome.Errors);
            case MergeStatus.NotFound: return ApiProblems.NotFound();
            case MergeStatus.Forbidden: return Users.DirectoryApi.Forbidden(http, user);
            case MergeStatus.Refused: return ApiProblems.Problem(StatusCodes.Status409Conflict, MergePageText.T("Fusion refusée"), outcome.Reason);
            case MergeStatus.Duplicate: return Duplicates.DuplicatesApi.Conflict(outcome.Duplicates!);
            case MergeStatus.VersionMismatch:
                return ApiProblems.Problem(StatusCodes.Status409Conflict, MergePageText.T("Modifié entre-temps"),
                    MergePageText.T("Un des enregistrements a changé pendant la fusion : rien n'a été fait, réessayez."));
        }
        http.Response.Headers.ETag = ETags.Of(outcome.Record!.Version);
        return TypedResults.Ok(RecordJson.From(store.Module, outcome.Record));
    }
}
