using System.Net;
using System.Text;
using CsvHelper;

namespace Comptoir.Web.Tests.Export;

/// <summary>Reads an export back as a spreadsheet user's program would: CsvHelper for CSV (« ; », UTF-8 with BOM).</summary>
internal static class ExportHelpers
{
    public sealed record CsvFile(byte[] Bytes, string Text, List<string[]> Rows)
    {
        public string[] Header => Rows[0];
        public List<string[]> Lines => Rows.Skip(1).ToList();
        /// <summary>The column of that header, line by line.</summary>
        public List<string> Column(string header) => Lines.Select(l => l[Array.IndexOf(Header, header)]).ToList();
    }

    public static async Task<CsvFile> CsvAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return Parse(bytes);
    }

    public static CsvFile Parse(byte[] bytes)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.Create(new MemoryStream(bytes), CsvReaderOptions.Default with { Separator = ';', HasHeader = false });
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return new CsvFile(bytes, Encoding.UTF8.GetString(bytes), rows);
    }
}
