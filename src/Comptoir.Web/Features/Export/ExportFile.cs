using System.Text;

namespace Comptoir.Web.Features.Export;

/// <summary>The export's response, for the API and the page alike: streamed as the store's pages are read, named after the list and the day.</summary>
public static class ExportFile
{
    public static IResult Result(HttpContext http, IRecordStore store, UserContext user, ExportRequest request)
    {
        var module = store.Module;
        var culture = CultureInfo.CurrentCulture;
        var extension = request.Format == ExportFormat.Xlsx ? "xlsx" : "csv";
        var contentType = request.Format == ExportFormat.Xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=utf-8";
        return Results.Stream(async body =>
        {
            var ct = http.RequestAborted;
            var pages = ExportRows.ReadAsync(store, http.RequestServices.GetRequiredService<RecordNames>(), user, request, ct);
            if (request.Format == ExportFormat.Xlsx) await ListXlsx.WriteAsync(body, module.Label.ToString(), request.Columns, pages, culture, ct);
            else await ListCsv.WriteAsync(body, request.Columns, pages, culture, ct);
        }, contentType, FileName(module, extension, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, DateTimeFieldType.Paris))));
    }

    /// <summary>« comptes-clients-2026-12-04.csv »: the list's label in the user's language, without accents or spaces, and the day in France.</summary>
    public static string FileName(ModuleDefinition module, string extension, DateOnly day)
    {
        var slug = new StringBuilder();
        foreach (var c in module.Label.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var name = slug.ToString().Trim('-');
        return $"{(name.Length > 0 ? name : module.Name)}-{day:yyyy-MM-dd}.{extension}";
    }
}
