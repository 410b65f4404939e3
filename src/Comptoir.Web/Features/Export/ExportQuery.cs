using Comptoir.Web.Features.Api;
using Microsoft.AspNetCore.Http;

namespace Comptoir.Web.Features.Export;

public enum ExportFormat { Csv, Xlsx }

/// <summary>What an export was asked for: the list's own request, its file format, its columns and the ticked rows (null: all matches).</summary>
public sealed record ExportRequest(ExportFormat Format, ListRequest List, IReadOnlyList<FieldDefinition> Columns, IReadOnlyCollection<long>? Ids);

/// <summary>
/// Reads an export's query string: format, columns and ids are the export's own; everything else is the list's
/// (q, sort, order and filters) and goes through <see cref="ListQuery.Read"/>, so an export accepts and refuses
/// exactly what the list does. The list's paging (limit, cursor) is refused: an export holds every match.
/// </summary>
public static class ExportQuery
{
    public const int MaxIds = 1_000;
    // culture and ui-culture are the request localization's (?culture=en: English headers and formats).
    private static readonly HashSet<string> Own = ["format", "columns", "ids", "culture", "ui-culture"];
    private static readonly HashSet<string> Paging = ["limit", "cursor"];

    public static (ExportRequest? Request, Dictionary<string, List<string>> Errors) Read(ModuleDefinition module, IQueryCollection query)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string key, string message) => errors[key] = [message];
        string? One(string key) => query.TryGetValue(key, out var v) && v.ToString().Trim() is { Length: > 0 } text ? text : null;

        var format = ExportFormat.Csv;
        switch (One("format")?.ToLowerInvariant())
        {
            case null or "csv": break;
            case "xlsx": format = ExportFormat.Xlsx; break;
            default: Fail("format", ExportText.T("« format » vaut csv ou xlsx.")); break;
        }

        var columns = module.ListColumns.ToList();
        if (One("columns") is { } keys)
        {
            columns = [];
            foreach (var key in keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (module.FindField(key) is { Active: true } field) { if (!columns.Contains(field)) columns.Add(field); }
                else
                {
                    Fail("columns", ExportText.T("Colonne inconnue : « {0} ». Choisissez parmi : {1}.", key,
                        string.Join(", ", module.ActiveFields.Select(f => f.Key))));
                    break;
                }
            }
        }

        List<long>? ids = null;
        if (One("ids") is { } idList)
        {
            ids = [];
            foreach (var text in idList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) ids.Add(id);
                else
                {
                    Fail("ids", ExportText.T("« ids » est une liste d'identifiants séparés par des virgules (exemple : 12,15,40)."));
                    break;
                }
            if (ids.Count > MaxIds) Fail("ids", ExportText.T("Au plus {0} lignes cochées : au-delà, exportez le filtre.", MaxIds));
        }

        foreach (var key in Paging)
            if (query.ContainsKey(key)) Fail(key, ExportText.T("« {0} » ne s'applique pas à un export : il contient toutes les lignes du filtre.", key));

        var listQuery = new QueryCollection(query.Where(p => !Own.Contains(p.Key) && !Paging.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value));
        var (list, listErrors) = ListQuery.Read(module, listQuery);
        foreach (var (key, messages) in listErrors) errors[key] = messages;
        if (errors.Count > 0) return (null, errors);
        return (new ExportRequest(format, list!, columns, ids?.Distinct().ToList()), errors);
    }
}
