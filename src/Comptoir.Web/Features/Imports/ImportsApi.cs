using System.Text.Json;
using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// POST /api/v1/imports (multipart: file, module, options), GET /api/v1/imports/{id} and its report.csv. The file is
/// read whole before anything is queued: a file that cannot be imported answers 400 naming why, and leaves nothing.
/// </summary>
public static class ImportsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", StartAsync)
            .WithName("StartImport")
            .WithSummary(() => OpenApiText.T("Importe un fichier CSV (multipart : file, module, options JSON {encoding, delimiter, header, mapping {colonne: champ}, defaults {champ: valeur}, dryRun}). Encodage, séparateur et correspondance sont détectés ou proposés s'ils manquent. 202 et Location: /api/v1/imports/{id}."))
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportFileReader.MaxBytes + 1024 * 1024))
            .Produces(202).ProducesValidationProblem().ProducesProblem(415);
        group.MapGet("/{id:long}", async (long id, CurrentUser current, ImportStore imports, JobStore jobs, CancellationToken ct) =>
            {
                var user = await current.RequireAsync(ct);
                if (await imports.FindAsync(user, id, ct) is not { } run) return ApiProblems.NotFound();
                var job = run.JobId is long jobId ? await jobs.FindAsync(user, jobId, ct) : null;
                return TypedResults.Ok(ImportJson.From(run, job));
            })
            .WithName("GetImport")
            .WithSummary(() => OpenApiText.T("Un import : status (queued, running, done, failed), progress, counts {created, updated, skipped, failed} et errors [{line, field, column, message}]."))
            .ProducesProblem(404);
        group.MapPost("/{id:long}/undo", UndoAsync)
            .WithName("UndoImport")
            .WithSummary(() => OpenApiText.T("« Annuler l'import », dans les 7 jours : ce qu'il a créé part à la corbeille (d'où on peut le restaurer), en arrière-plan. 202 et Location: /api/v1/jobs/{id} ; 409 si l'import n'est pas terminé, est une vérification, est déjà annulé ou a plus de 7 jours."))
            .Produces(202).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{id:long}/report.csv", async (long id, HttpContext http, CurrentUser current, ImportStore imports, CancellationToken ct) =>
            {
                var user = await current.RequireAsync(ct);
                if (await imports.FindAsync(user, id, ct) is not { } run) return ApiProblems.NotFound();
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"import-{id}-rejets.csv\"";
                await ImportReportCsv.WriteAsync(http.Response.Body, run, imports.ChunksAsync(run.Id), ct);
                return Results.Empty;
            })
            .WithName("GetImportReport")
            .WithSummary(() => OpenApiText.T("Les lignes refusées d'un import, en CSV, avec leur numéro de ligne et la raison : à corriger puis importer à nouveau."))
            .ProducesProblem(404);
    }

    private static async Task<IResult> UndoAsync(long id, HttpContext http, CurrentUser current, ImportStore imports, JobStore jobs,
        TimeProvider time, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (await imports.FindAsync(user, id, ct) is not { } run) return ApiProblems.NotFound();
        var (undo, refusal) = await ImportUndo.StartAsync(user, run, jobs, imports, time, ct);
        if (undo is null) return ApiProblems.Problem(409, ImportsText.T("Annulation impossible"), refusal!);
        return TypedResults.Accepted(Jobs.JobsApi.Location(http, undo), Jobs.JobJson.From(undo));
    }

    private static async Task<IResult> StartAsync(HttpContext http, CurrentUser current, ModuleCatalog catalog, IModuleRegistry registry,
        ImportStore imports, JobStore jobs, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (!http.Request.HasFormContentType) return ApiProblems.UnsupportedMediaType();
        var (request, errors) = await ImportForm.ReadAsync(http.Request, catalog, registry, ct);
        if (request is null) return ApiProblems.Validation(errors!);
        var (started, problems) = await ImportStart.StartAsync(user, request.Module, request.Upload, request.Options, http.RequestServices, imports, jobs, ct);
        if (started is null) return ApiProblems.Validation(problems!);
        var location = http.Request.PathBase + "/api/v1/imports/" + started.Value.Run.Id.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Accepted(location, ImportJson.From(started.Value.Run, started.Value.Job));
    }
}
