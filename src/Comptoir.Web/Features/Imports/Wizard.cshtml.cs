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
public sealed class WizardModel(CurrentUser current, ModuleCatalog catalog, IModuleRegistry registry, ImportStore imports, JobStore jobs)
    : PageModel
{
    public ModuleDefinition Module { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? module, CancellationToken ct)
    {
        await current.RequireAsync(ct);
        if (catalog.Find(module ?? "accounts") is not { } registration) return NotFound();
        Module = registry.Get(registration.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await current.RequireAsync(ct);
        var (request, errors) = await ImportForm.ReadAsync(Request, catalog, registry, ct);
        if (request is null) return Problem(errors!);
        var (preview, fileError) = await ImportPreview.ReadAsync(request, HttpContext.RequestServices.GetKeyedService<ImportAliases>(request.Module.Name), ct);
        return preview is null ? Problem(new() { ["file"] = [fileError!] }) : new JsonResult(preview);
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
    private static JsonResult Problem(Dictionary<string, List<string>> errors) => new(new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
    {
        Title = ImportsText.T("Le fichier ne peut pas être importé tel quel."),
        Status = 400,
    })
    { StatusCode = 400, ContentType = "application/problem+json" };
}
