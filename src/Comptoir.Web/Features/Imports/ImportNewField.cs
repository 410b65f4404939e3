using Comptoir.Core.Metadata.Layout;
using Comptoir.Data.Layout;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// « Créer un champ » at the mapping step (administrators): a custom field for a column the module has no field for,
/// added through the layout manager's own rules (LayoutEditor.AddField, its history line) so the column can go into it.
/// A list takes its values from the column itself, as the file writes them.
/// </summary>
public static class ImportNewField
{
    /// <summary>A list made from a column holds at most this many values; beyond, the column is free text.</summary>
    public const int MaxValues = 200;

    /// <summary>Every custom type but the reference, whose module a file's column cannot say.</summary>
    public static IEnumerable<FieldType> Types => LayoutEditor.CustomTypes.Where(t => !t.RefersToModule);

    public static async Task<(JsonObject? Field, Dictionary<string, List<string>>? Errors, string? Refusal)> AddAsync(ImportRequest request,
        IFormCollection form, UserContext user, LayoutStore layouts, IModuleRegistry registry, CancellationToken ct)
    {
        var (layout, fileError) = await ImportStart.LayoutAsync(request.Upload, request.Options, ct);
        if (layout is null) return (null, new() { ["file"] = [fileError!] }, null);
        var column = form["column"].ToString();
        var index = layout.Columns.ToList().IndexOf(column);
        if (index < 0) return (null, new() { ["column"] = [ImportsText.T("Le fichier n'a pas de colonne « {0} » (colonnes : {1}).", column, string.Join(", ", layout.Columns))] }, null);
        var type = Types.FirstOrDefault(t => t.Name == form["type"].ToString());
        if (type is null) return (null, new() { ["type"] = [ImportsText.T("Choisissez le type du champ.")] }, null);

        IReadOnlyList<LocalizedText> values = [];
        if (type.HasValues)
        {
            IReadOnlyList<string>? read;
            try
            {
                await using var stream = request.Upload.Open();
                read = await ImportFileReader.ColumnValuesAsync(stream, layout.Encoding, layout.Delimiter, request.Options.Header, index, MaxValues,
                    type.TextValues, ct);
            }
            catch (ImportFileReader.BadFileException e)
            {
                return (null, new() { ["file"] = [e.Message] }, null);
            }
            if (read is null) return (null, new() { ["type"] = [ImportsText.T("La colonne compte plus de {0} valeurs différentes : choisissez plutôt un champ texte.", MaxValues)] }, null);
            if (read.Count == 0) return (null, new() { ["type"] = [ImportsText.T("La colonne est vide : une liste a besoin d'au moins une valeur.")] }, null);
            values = [.. read.Select(v => new LocalizedText(v, ""))];
        }

        var result = await layouts.ApplyAsync(request.Module.Name, user, editor => editor.AddField(new NewFieldRequest
        {
            Type = type.Name, LabelFr = form["label"].ToString(), Block = form["block"].ToString() is { Length: > 0 } block ? block : null, Values = values,
        }), ct);
        if (result.Status == LayoutStatus.Invalid)
        {
            // A list value the layout refuses (too long) is the column's doing: said under the type the user chose.
            var errors = result.Errors.ToDictionary(e => e.Key == "values" ? "type" : e.Key, e => e.Value, StringComparer.Ordinal);
            return (null, errors, null);
        }
        if (result.Status != LayoutStatus.Done) return (null, null, result.Refusal ?? ImportsText.T("Le champ n'a pas pu être ajouté."));
        var field = registry.Get(request.Module.Name).FindField(result.Key!)!;
        return (new JsonObject
        {
            ["key"] = field.Key,
            ["label"] = field.Label.ToString(),
            ["mandatory"] = field.Mandatory,
            ["column"] = column,
            ["values"] = values.Count,
        }, null, null);
    }
}
