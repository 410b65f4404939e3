namespace Comptoir.Web.Features.Imports;

/// <summary>
/// The wizard's first two steps as the server sees them: how the file reads (encoding and delimiter, detected or as
/// chosen), its first rows, the mapping proposed from its columns, and the fields a column may go into.
/// </summary>
public static class ImportPreview
{
    public const int Rows = 5;

    public static async Task<(JsonObject? Preview, string? FileError)> ReadAsync(ImportRequest request, ImportAliases? aliases, CancellationToken ct)
    {
        var (layout, error) = await ImportStart.LayoutAsync(request.Upload, request.Options, ct);
        if (layout is null) return (null, error);
        IReadOnlyList<IReadOnlyList<string>> rows;
        try
        {
            await using var stream = request.Upload.Open();
            rows = await ImportFileReader.FirstRowsAsync(stream, layout.Encoding, layout.Delimiter, request.Options.Header, Rows, ct);
        }
        catch (ImportFileReader.BadFileException e)
        {
            return (null, e.Message);
        }
        var mapping = ImportMapping.Propose(request.Module, layout.Columns, aliases);
        return (new JsonObject
        {
            ["encoding"] = layout.Encoding,
            ["delimiter"] = layout.Delimiter == '\t' ? "tab" : layout.Delimiter.ToString(),
            ["header"] = request.Options.Header,
            ["columns"] = new JsonArray([.. layout.Columns.Select(c => (JsonNode)c)]),
            ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. r.Select(c => (JsonNode)c)]))]),
            ["mapping"] = new JsonObject(mapping.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["fields"] = new JsonArray([.. ImportMapping.Importable(request.Module).Select(f => (JsonNode)new JsonObject
            {
                ["key"] = f.Key,
                ["label"] = f.Label.ToString(),
                ["mandatory"] = f.Mandatory,
            })]),
        }, null);
    }
}
