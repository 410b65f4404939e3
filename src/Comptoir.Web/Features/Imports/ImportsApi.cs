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
        var job = run.JobId is long jobId ? await jobs.FindAsync(user, jobId, ct) : null;
        string? refusal = null;
        if (run.DryRun) refusal = ImportsText.T("Une vérification n'a rien importé : il n'y a rien à annuler.");
        else if (run.UndoJobId is not null) refusal = ImportsText.T("Cet import est déjà annulé.");
        else if (job?.Status is not (JobStatus.Done or JobStatus.Failed)) refusal = ImportsText.T("L'import n'est pas terminé : attendez sa fin pour l'annuler.");
        else if (time.GetUtcNow().UtcDateTime - run.CreatedAt > ImportUndoJob.Window) refusal = ImportsText.T("Un import ne s'annule que dans les 7 jours.");
        if (refusal is not null) return ApiProblems.Problem(409, ImportsText.T("Annulation impossible"), refusal);

        var created = JsonNode.Parse(job!.Counts)?["created"] is { } n ? (int)n : 0;
        var undo = await jobs.EnqueueAsync(ImportUndoJob.Kind, run.Module, user, created, ImportJob.Params(run.Id), ct);
        if (!await imports.SetUndoAsync(run.Id, undo.Id, ct)) return ApiProblems.Problem(409, ImportsText.T("Annulation impossible"), ImportsText.T("Cet import est déjà annulé."));
        return TypedResults.Accepted(Jobs.JobsApi.Location(http, undo), Jobs.JobJson.From(undo));
    }

    private static async Task<IResult> StartAsync(HttpContext http, CurrentUser current, ModuleCatalog catalog, IModuleRegistry registry,
        ImportStore imports, JobStore jobs, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (!http.Request.HasFormContentType) return ApiProblems.UnsupportedMediaType();
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return ApiProblems.Validation("file", ImportsText.T("Le fichier dépasse {0} Mo.", ImportFileReader.MaxBytes / 1024 / 1024));
        }
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var moduleName = form["module"].ToString();
        var registration = catalog.Find(moduleName);
        if (registration is null) errors["module"] = [ImportsText.T("Module inconnu : « {0} ».", moduleName)];
        var file = form.Files.GetFile("file");
        if (file is null) errors["file"] = [ImportsText.T("Joignez le fichier CSV à importer.")];
        else if (file.Length == 0) errors["file"] = [ImportsText.T("Le fichier est vide.")];
        else if (file.Length > ImportFileReader.MaxBytes) errors["file"] = [ImportsText.T("Le fichier dépasse {0} Mo.", ImportFileReader.MaxBytes / 1024 / 1024)];
        JsonObject? optionsJson = null;
        if (form["options"].ToString() is { Length: > 0 } text)
        {
            try
            {
                optionsJson = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
            }
            if (optionsJson is null) errors["options"] = [ImportsText.T("Les options doivent être un objet JSON.")];
        }
        var options = errors.ContainsKey("options") ? null : ImportOptions.Read(optionsJson, errors);
        if (errors.Count > 0) return ApiProblems.Validation(errors);

        var module = registry.Get(registration!.Name);
        var upload = new ImportUpload(file!.FileName, file.OpenReadStream);
        var (started, problems) = await ImportStart.StartAsync(user, module, upload, options!, http.RequestServices, imports, jobs, ct);
        if (started is null) return ApiProblems.Validation(problems!);
        var location = http.Request.PathBase + "/api/v1/imports/" + started.Value.Run.Id.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Accepted(location, ImportJson.From(started.Value.Run, started.Value.Job));
    }
}
