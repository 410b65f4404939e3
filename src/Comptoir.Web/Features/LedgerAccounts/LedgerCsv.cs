using CsvHelper;
using Comptoir.Data.Accounting;

namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>
/// The ledger accounts as accounting software imports them: semicolon-separated, UTF-8 with a BOM (so
/// Excel reads the accents), CRLF, one header line, quoted only when needed. Written while read, batch
/// by batch, so the response starts at once and memory stays flat whatever the count. The headers and
/// file name stay French whatever the user's language: import profiles of accounting software match them.
/// </summary>
public static class LedgerCsv
{
    public static IResult Result(HttpContext http, UserContext user) =>
        Results.Stream(async body =>
        {
            var services = http.RequestServices;
            var ledgers = await services.GetRequiredService<LedgerAccountStore>().VisibleAsync(user, http.RequestAborted);
            var accounts = await services.GetRequiredService<AccountStore>().VisibleAsync(user, http.RequestAborted);
            await WriteAsync(body, LedgerExport.RowsAsync(ledgers, accounts, http.RequestAborted), http.RequestAborted);
        }, "text/csv; charset=utf-8", FileName);

    public const string FileName = "comptes-comptables.csv";

    public static IReadOnlyList<string> Headers { get; } =
        ["Code", "Libellé", "Compte collectif", "SIRET", "TVA intracommunautaire", "Adresse", "Code postal", "Ville", "Pays"];

    public static async Task WriteAsync(Stream destination, IAsyncEnumerable<LedgerExportRow> rows, CancellationToken ct)
    {
        var options = CsvWriterOptions.Default with
        {
            Separator = ';',
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            // A label such as « =HYPERLINK(…) » must stay text in a spreadsheet, not run as a formula.
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(destination, options, leaveOpen: true);
        await csv.WriteRecordAsync([.. Headers], ct);
        await foreach (var row in rows.WithCancellation(ct))
            await csv.WriteRecordAsync(
                [row.Code, row.Label, row.CollectiveAccount, row.Siret, row.VatNumber, row.Street, row.PostalCode, row.City, row.Country], ct);
        await csv.FlushAsync(ct);
    }
}
