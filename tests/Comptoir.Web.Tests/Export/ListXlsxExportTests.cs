using System.Globalization;
using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Comptoir.Web.Tests.Export;

public sealed class ListXlsxExportTests
{
    /// <summary>A cell as the Open XML SDK reads it: its type, its text (inline or shared) and its number format.</summary>
    private sealed record SheetCell(string Type, string Text, string? Format, bool Formula);

    private static List<List<SheetCell>> Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var formats = workbook.WorkbookStylesPart?.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
        {
            var type = cell.DataType?.Value.ToString() ?? "n";
            var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                : cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                : cell.CellValue?.Text ?? "";
            string? format = null;
            if (cell.StyleIndex?.Value is { } style && cellFormats[(int)style].NumberFormatId?.Value is { } id) formats.TryGetValue(id, out format);
            return new SheetCell(type, text, format, cell.CellFormula is not null);
        }).ToList()).ToList();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Xlsx_has_the_headers_numbers_as_numbers_dates_as_dates_and_no_formula(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/metadata/accounts/fields", new { type = "date", label = "Fin de contrat" })).StatusCode);
        await api.CreateAccountAsync(new { name = "=1+1", employees = 1250, annualRevenue = 12345.5m, cf_fin_de_contrat = "2026-12-31", doNotEmail = true });

        var response = await api.GetAsync(ApiHelpers.Accounts + "/export?format=xlsx&columns=name,employees,annualRevenue,cf_fin_de_contrat,doNotEmail");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var rows = Read(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["Nom compte", "Effectif", "Chiffre d'affaires annuel", "Fin de contrat", "Ne pas envoyer d'email"], rows[0].Select(c => c.Text));
        var (name, employees, revenue, end, flag) = (rows[1][0], rows[1][1], rows[1][2], rows[1][3], rows[1][4]);
        Assert.Equal("=1+1", name.Text);
        Assert.NotEqual("n", name.Type);
        Assert.False(name.Formula);
        Assert.Equal(("n", 1250m), (employees.Type, decimal.Parse(employees.Text, CultureInfo.InvariantCulture)));
        Assert.Equal(("n", 12345.5m), (revenue.Type, decimal.Parse(revenue.Text, CultureInfo.InvariantCulture)));
        Assert.Equal(new DateTime(2026, 12, 31), DateTime.FromOADate(double.Parse(end.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("dd/mm/yyyy", end.Format);
        Assert.Equal("Oui", flag.Text);
        Assert.All(rows.SelectMany(r => r), c => Assert.False(c.Formula));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Xlsx_streams_more_rows_than_one_batch_in_the_lists_order(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        const int count = 1_203; // two batches of 1,000 and a part
        await ExportSeed.AccountsAsync(app, count);
        var api = await app.ApiClientAsync();

        var rows = Read(await (await api.GetAsync(ApiHelpers.Accounts + "/export?format=xlsx&columns=name&order=desc")).Content.ReadAsByteArrayAsync());
        var csv = await api.CsvAsync(ApiHelpers.Accounts + "/export?columns=name,number");

        var expected = Enumerable.Range(1, count).Select(i => $"Compte {i:00000}").ToList();
        Assert.Equal(Enumerable.Reverse(expected), rows.Skip(1).Select(r => r[0].Text));
        Assert.Equal(expected, csv.Column("Nom compte"));
        Assert.Equal(count, csv.Column("N° de compte").Distinct().Count());
    }
}
