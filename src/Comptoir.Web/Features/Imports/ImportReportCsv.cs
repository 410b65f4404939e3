using CsvHelper;
using Comptoir.Data.Imports;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// The rows an import refused, as a CSV ready to fix and import again: the file's own columns first (so the same
/// mapping applies), then « Ligne » and « Erreurs ». « ; », UTF-8 with a BOM, CRLF, formulas neutralised, as every export.
/// </summary>
public static class ImportReportCsv
{
    public static async Task WriteAsync(Stream destination, ImportRun run, IAsyncEnumerable<ImportChunk> chunks, CancellationToken ct)
    {
        var options = CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n", Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(destination, options, leaveOpen: true);
        var columns = JsonNode.Parse(run.Columns)!.AsArray().Select(c => (string)c!).ToList();
        foreach (var column in columns) csv.WriteField(column);
        csv.WriteField(ImportsText.T("Ligne"));
        csv.WriteField(ImportsText.T("Erreurs"));
        await csv.EndRecordAsync(ct);
        await foreach (var chunk in chunks.WithCancellation(ct))
        {
            if (chunk.Results is null) continue;
            var rows = JsonNode.Parse(chunk.Cells)!.AsArray();
            var results = JsonNode.Parse(chunk.Results)!.AsArray();
            for (var i = 0; i < rows.Count && i < results.Count; i++)
            {
                if ((string?)results[i]!["s"] != ImportRow.Failed) continue;
                var cells = rows[i]!["cells"]!.AsArray();
                for (var c = 0; c < columns.Count; c++) csv.WriteField(c < cells.Count ? (string?)cells[c] ?? "" : "");
                csv.WriteField(((int)rows[i]!["line"]!).ToString(CultureInfo.InvariantCulture));
                csv.WriteField(string.Join(" ; ", (results[i]!["errors"]?.AsArray() ?? []).Select(e => (string?)e!["message"])));
                await csv.EndRecordAsync(ct);
            }
        }
        await csv.FlushAsync(ct);
    }
}
