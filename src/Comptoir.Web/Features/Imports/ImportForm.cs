using System.Text.Json;
using Comptoir.Data.Modules;

namespace Comptoir.Web.Features.Imports;

/// <summary>What an import form carries: the module, the uploaded file and the options read and checked.</summary>
public sealed record ImportRequest(ModuleDefinition Module, ImportUpload Upload, ImportOptions Options);

/// <summary>
/// Reads the multipart form that the API and the wizard both post (file, module, options JSON): every problem named
/// under its field — <c>file</c>, <c>module</c>, <c>options.…</c> — before anything is read further.
/// </summary>
public static class ImportForm
{
    public static async Task<(ImportRequest? Request, Dictionary<string, List<string>>? Errors)> ReadAsync(HttpRequest request,
        ModuleCatalog catalog, IModuleRegistry registry, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, new() { ["file"] = [ImportsText.T("Le fichier dépasse {0} Mo.", ImportFileReader.MaxBytes / 1024 / 1024)] });
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
        if (errors.Count > 0) return (null, errors);
        return (new ImportRequest(registry.Get(registration!.Name), new ImportUpload(file!.FileName, file.OpenReadStream), options!), null);
    }
}
