using CsvHelper;

namespace Comptoir.Web.Features.Export;

/// <summary>
/// A list as a CSV file for a French spreadsheet: « ; » between fields, UTF-8 with a BOM (so Excel reads the
/// accents), CRLF, the columns' labels as the first line, values as the list shows them (names of owners and
/// referenced records, Oui/Non, picklist labels), numbers with the culture's decimal mark and no thousands
/// separator (1234,56), dates as dd/MM/yyyy and moments as dd/MM/yyyy HH:mm in French time.
/// Formula injection: a text field that starts with = + - @, a tab or a CR is written with a leading apostrophe
/// (and quoted), so a spreadsheet shows it as text instead of running it; numbers and dates are never text.
/// </summary>
public static class ListCsv
{
    public static async Task WriteAsync(Stream destination, IReadOnlyList<FieldDefinition> columns, IAsyncEnumerable<ExportPage> pages,
        CultureInfo culture, CancellationToken ct)
    {
        var options = CsvWriterOptions.Default with
        {
            Separator = ';',
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            Injection = CsvInjection.Escape,
            // Each full buffer is one write to the response, which waits for the socket: 512 KiB rather than the
            // default 64 KiB makes 8 times fewer waits (bench, 100,000 accounts: from 55 % to 68 % of the bare read).
            BufferSize = 512 * 1024,
        };
        await using var csv = CsvWriter.Create(destination, options, leaveOpen: true);
        foreach (var column in columns) csv.WriteField(column.Label.Get(culture));
        await csv.EndRecordAsync(ct);
        var dateTime = culture.DateTimeFormat.ShortDatePattern + " HH:mm";
        await foreach (var page in pages.WithCancellation(ct))
            foreach (var record in page.Records)
            {
                foreach (var column in columns)
                    switch (ExportPage.Cell(record, column, page.Names))
                    {
                        case null: csv.WriteField(""); break;
                        case decimal d: csv.WriteField(d, default, culture); break;
                        case long n: csv.WriteField(n, default, culture); break;
                        case DateOnly date: csv.WriteField(date, "d", culture); break;
                        case DateTime moment: csv.WriteField(moment, dateTime, culture); break;
                        case var other: csv.WriteField(Convert.ToString(other, culture)); break;
                    }
                await csv.EndRecordAsync(ct);
            }
        await csv.FlushAsync(ct);
    }
}
