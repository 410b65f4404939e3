using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Comptoir.Web.Features.Export;

/// <summary>
/// A list as an Excel workbook, written as it is read (SpreadCheetah streams the zip): a header row of the columns'
/// labels, numbers as numbers, dates as dates (dd/mm/yyyy, moments in French time), the rest as text. Formula
/// injection: no cell is ever a formula; text, even « =1+1 », is an inline string cell, which Excel shows and never runs.
/// Past Excel's 1,048,576 rows a sheet, the rows go on in a next sheet.
/// </summary>
public static class ListXlsx
{
    private const int RowsPerSheet = 1_048_575; // plus the header row

    public static async Task WriteAsync(Stream destination, string sheetName, IReadOnlyList<FieldDefinition> columns, IAsyncEnumerable<ExportPage> pages,
        CultureInfo culture, CancellationToken ct)
    {
        using var output = new AsyncOnlyStream(destination);
        await WriteSheetsAsync(output, sheetName, columns, pages, culture, ct);
        await output.DrainAsync(ct);
    }

    private static async Task WriteSheetsAsync(AsyncOnlyStream output, string sheetName, IReadOnlyList<FieldDefinition> columns, IAsyncEnumerable<ExportPage> pages,
        CultureInfo culture, CancellationToken ct)
    {
        await using var workbook = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Fastest }, ct);
        var date = workbook.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
        var moment = workbook.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy hh:mm") });
        var headers = columns.Select(c => c.Label.Get(culture)).ToArray();
        var name = SheetName(sheetName);
        var sheets = 1;
        await workbook.StartWorksheetAsync(name, token: ct);
        await workbook.AddHeaderRowAsync(headers, token: ct);
        var row = new Cell[columns.Count];
        var rows = 0;
        await foreach (var page in pages.WithCancellation(ct))
        {
            foreach (var record in page.Records)
            {
                if (rows == RowsPerSheet)
                {
                    await workbook.StartWorksheetAsync(SheetName($"{sheetName} ({++sheets})"), token: ct);
                    await workbook.AddHeaderRowAsync(headers, token: ct);
                    rows = 0;
                }
                for (var i = 0; i < columns.Count; i++)
                    row[i] = ExportPage.Cell(record, columns[i], page.Names) switch
                    {
                        null => new Cell((string?)null),
                        decimal d => new Cell(d),
                        long n => new Cell(n),
                        DateOnly d => new Cell(d.ToDateTime(TimeOnly.MinValue), date),
                        DateTime m => new Cell(m, moment),
                        var other => new Cell(Convert.ToString(other, culture)),
                    };
                await workbook.AddRowAsync(row, ct);
                rows++;
            }
            await output.DrainAsync(ct); // whatever the zip wrote synchronously meanwhile
        }
        await workbook.FinishAsync(ct);
    }

    /// <summary>Excel's rule for a sheet name: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => ":\\/?*[]".Contains(c) ? ' ' : c).ToArray()).Trim();
        return clean.Length == 0 ? "Export" : clean.Length > 31 ? clean[..31] : clean;
    }
}
