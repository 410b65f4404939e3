using Comptoir.Data.Imports;
using Comptoir.Data.Jobs;
using Comptoir.Data.Modules;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// /imports/new?module=…: the import wizard. The browser keeps the chosen file and posts it again at each step
/// (imports.js): ?handler=preview reads it (encoding, delimiter, first rows, proposed mapping), ?handler=start
/// checks it (« Vérifier ») or imports it, as POST /api/v1/imports does, under the page's sign-in.
/// </summary>
[RequestSizeLimit(ImportFileReader.MaxBytes + 1024 * 1024)]
public sealed class WizardModel(CurrentUser current, ModuleCatalog catalog, IModuleRegistry registry, ImportStore imports, JobStore jobs,
    SavedMappings savedMappings, Data.Layout.LayoutStore layouts) : PageModel
{
    public ModuleDefinition Module { get; private set; } = null!;

    /// <summary>Administrators may create a missing custom field from the mapping step.</summary>
    public bool CanAddFields { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? module, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (catalog.Find(module ?? "accounts") is not { } registration) return NotFound();
        Module = registry.Get(registration.Name);
        CanAddFields = user.IsAdmin;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await current.RequireAsync(ct);
        var (request, errors) = await ImportForm.ReadAsync(Request, catalog, registry, ct);
        if (request is null) return Problem(errors!);
        var (preview, fileError) = await ImportPreview.ReadAsync(request, HttpContext.RequestServices.GetKeyedService<ImportAliases>(request.Module.Name), ct);
        if (preview is null) return Problem(new() { ["file"] = [fileError!] });
        // The mappings saved for the module are offered; one made for exactly these columns is applied.
        var saved = await savedMappings.ListAsync(request.Module.Name, ct);
        preview["saved"] = new JsonArray([.. saved.Select(m => (JsonNode)ImportSavedMappings.Json(m))]);
        var columns = preview["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        if (request.Options.Mapping is null && ImportSavedMappings.Fitting(saved, columns) is { } fitting) preview["applied"] = fitting.Name;
        return new JsonResult(preview);
    }

    /// <summary>« Enregistrer la correspondance »: the form's module, name, mapping and defaults (JSON), as POST /api/v1/imports/mappings.</summary>
    public async Task<IActionResult> OnPostSaveMappingAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (catalog.Find(Request.Form["module"].ToString()) is not { } registration) return NotFound();
        var body = new JsonObject { ["name"] = Request.Form["name"].ToString() };
        foreach (var key in new[] { "mapping", "defaults" })
            try
            {
                body[key] = JsonNode.Parse(Request.Form[key].ToString() is { Length: > 0 } text ? text : "{}");
            }
            catch (System.Text.Json.JsonException)
            {
                return Problem(new() { [key] = [ImportsText.T("Attendu : un objet dont chaque valeur est un texte.")] });
            }
        var answer = await ImportMappingsApi.SaveAsync(registry.Get(registration.Name), body, user, savedMappings, ct);
        return new ResultActionResult(answer);
    }

    /// <summary>« Créer un champ » for a column (administrators): the wizard's form with the column, type, label and block.</summary>
    public async Task<IActionResult> OnPostAddFieldAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (!user.IsAdmin) return new ResultActionResult(Users.DirectoryApi.Forbidden(HttpContext, user));
        var (request, errors) = await ImportForm.ReadAsync(Request, catalog, registry, ct);
        if (request is null) return Problem(errors!);
        var (field, fieldErrors, refusal) = await ImportNewField.AddAsync(request, Request.Form, user, layouts, registry, ct);
        if (refusal is not null) return new ResultActionResult(Users.DirectoryApi.Conflict(refusal));
        return field is null ? Problem(fieldErrors!, ImportsText.T("Le champ n'a pas été ajouté.")) : new JsonResult(field);
    }

    /// <summary>Lets a page handler answer what a minimal API endpoint answers (the same problem details).</summary>
    private sealed class ResultActionResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (request, errors) = await ImportForm.ReadAsync(Request, catalog, registry, ct);
        if (request is null) return Problem(errors!);
        var (started, problems) = await ImportStart.StartAsync(user, request.Module, request.Upload, request.Options, HttpContext.RequestServices, imports, jobs, ct);
        if (started is null) return Problem(problems!);
        var json = ImportJson.From(started.Value.Run, started.Value.Job);
        json["url"] = "/imports/" + started.Value.Run.Id.ToString(CultureInfo.InvariantCulture);
        return new JsonResult(json);
    }

    /// <summary>400 with the field-level errors, as the API's problem details (the page's script shows each under its field).</summary>
    private static JsonResult Problem(Dictionary<string, List<string>> errors, string? title = null) => new(new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
    {
        Title = title ?? ImportsText.T("Le fichier ne peut pas être importé tel quel."),
        Status = 400,
    })
    { StatusCode = 400, ContentType = "application/problem+json" };
}
