using Comptoir.Data.History;
using Comptoir.Web.Features.Shared.History;

namespace Comptoir.Web.Features.Api;

/// <summary>
/// GET /api/v1/{module}/{id}/history: the record's history newest first, values formatted as the pages
/// show them; 404 when the user may not see the record, like the record itself.
/// </summary>
public static class HistoryApi
{
    public const int DefaultLimit = 25;

    public static async Task<IResult> GetAsync(long id, HttpContext http, IRecordStore store, CurrentUser current,
        RecordHistoryPages history, RecordNames names, CancellationToken ct)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var limit = DefaultLimit;
        if (One(http, "limit") is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > RecordHistoryReader.MaxLimit))
            errors["limit"] = [ApiText.T("« limit » doit être un nombre entier entre 1 et {0}.", RecordHistoryReader.MaxLimit)];
        long? cursor = null;
        if (One(http, "cursor") is { } after)
        {
            if (long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) cursor = n;
            else errors["cursor"] = [ApiText.T("Curseur invalide : reprenez « nextCursor » de la page précédente.")];
        }
        if (errors.Count > 0) return ApiProblems.InvalidQuery(errors);

        var record = await store.FindRecordAsync(await current.RequireAsync(ct), id, ct);
        if (record is null) return ApiProblems.NotFound();
        var page = await history.PageAsync(store.Module.Name, record.Id, cursor, limit, ct);
        var list = await HistoryFormatter.FormatAsync(page, names, store.Module, record, ct);
        var items = new JsonArray();
        foreach (var entry in list.Entries)
        {
            var changes = new JsonArray();
            foreach (var c in entry.Changes)
                changes.Add(new JsonObject { ["field"] = c.Field, ["label"] = c.Label, ["old"] = c.Old, ["new"] = c.New });
            items.Add(new JsonObject
            {
                ["id"] = entry.Id,
                ["at"] = entry.At.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["user"] = entry.User,
                ["action"] = entry.Action,
                ["changes"] = changes,
            });
        }
        return TypedResults.Ok(new JsonObject
        {
            ["items"] = items,
            ["nextCursor"] = list.NextCursor?.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static string? One(HttpContext http, string key) =>
        http.Request.Query.TryGetValue(key, out var v) && v.ToString().Trim() is { Length: > 0 } text ? text : null;
}
