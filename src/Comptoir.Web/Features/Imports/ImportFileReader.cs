using CsvHelper;
using Comptoir.Data.Imports;

namespace Comptoir.Web.Features.Imports;

/// <summary>A file as read: its encoding, delimiter, columns, and how many rows it holds.</summary>
public sealed record ImportFileShape(string Encoding, char Delimiter, IReadOnlyList<string> Columns, int Rows);

/// <summary>
/// Reads an uploaded CSV with CsvHelper, a chunk of rows at a time (memory stays flat at 500,000 rows), and says in
/// French why a file cannot be imported: empty, too many rows or columns, a line over 1 MB, an unterminated quote.
/// Rows whose cells are all empty (the « ;;;; » lines Excel leaves) are passed over.
/// </summary>
public static class ImportFileReader
{
    public const long MaxBytes = 50L * 1024 * 1024;
    public const int MaxRows = 500_000, MaxColumns = 500, MaxRecordBytes = 1024 * 1024, ChunkRows = 100;

    public sealed class BadFileException(string message) : Exception(message);

    /// <summary>The file's columns (its header, or « Colonne 1 »… as wide as its first row) and its delimiter, detected when not given.</summary>
    public static async Task<(IReadOnlyList<string> Columns, char Delimiter)> ColumnsAsync(Stream stream, string encoding, char? delimiter, bool header, CancellationToken ct)
    {
        try
        {
            await using var csv = CsvReader.Create(stream, Options(encoding, delimiter, header), leaveOpen: true);
            if (header)
            {
                await csv.ReadHeaderAsync(ct);
                var columns = Named(csv.Headers);
                if (columns.Count > MaxColumns) throw TooWide(1, columns.Count);
                if (columns.Count == 0 || columns.All(c => c.Length == 0)) throw new BadFileException(ImportsText.T("Le fichier est vide."));
                return (columns, csv.Separator);
            }
            if (!await csv.ReadAsync(ct)) throw new BadFileException(ImportsText.T("Le fichier est vide."));
            if (csv.FieldCount > MaxColumns) throw TooWide((int)csv.LineNumber, csv.FieldCount);
            return ([.. Enumerable.Range(1, csv.FieldCount).Select(n => ImportsText.T("Colonne {0}", n))], csv.Separator);
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
    }

    /// <summary>
    /// A stray quote inside a field (ab"c, what hand-made files hold) is kept as text; a quote never closed, which
    /// would swallow the rest of the file into one value, makes the file unreadable, with its line.
    /// </summary>
    private static CsvReaderOptions Options(string encoding, char? delimiter, bool header) => CsvReaderOptions.Default with
    {
        OnMalformedRecord = record =>
        {
            if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                throw new BadFileException(ImportsText.T("Le fichier ne se lit pas à partir de la ligne {0} : un guillemet n'est pas fermé.", record.LineNumber));
        },
        Separator = delimiter,
        HasHeader = header,
        Encoding = ImportEncodings.Get(encoding),
        MaxRecordSize = MaxRecordBytes,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        SkipEmptyLines = true,
        DetectSeparatorHint = true,
    };

    private static BadFileException Unreadable(CsvFormatException e) => new(e.LineNumber > 0
        ? ImportsText.T("Le fichier ne se lit pas à partir de la ligne {0} : un guillemet n'est pas fermé, ou la ligne dépasse 1 Mo.", e.LineNumber)
        : ImportsText.T("Le fichier ne se lit pas : un guillemet n'est pas fermé, ou une ligne dépasse 1 Mo."));

    /// <summary>Reads the whole file, handing its rows to <paramref name="store"/> a few chunks at a time.</summary>
    /// <exception cref="BadFileException">The file cannot be imported; the message says why, for the user.</exception>
    public static async Task<ImportFileShape> ReadAsync(Stream stream, string encoding, char? delimiter, bool header, long importId,
        Func<IReadOnlyList<ImportChunk>, Task> store, CancellationToken ct)
    {
        var options = Options(encoding, delimiter, header);
        try
        {
            await using var csv = CsvReader.Create(stream, options, leaveOpen: true);
            List<string>? columns = null;
            if (header)
            {
                await csv.ReadHeaderAsync(ct);
                columns = Named(csv.Headers);
                if (columns.Count > MaxColumns) throw TooWide(1, columns.Count);
                if (columns.Count == 0) throw new BadFileException(ImportsText.T("Le fichier est vide."));
            }
            var rows = 0;
            var seq = 0;
            var chunks = new List<ImportChunk>();
            var chunk = new JsonArray();
            var firstLine = 0;
            while (await csv.ReadAsync(ct))
            {
                var line = (int)csv.LineNumber;
                if (csv.FieldCount > MaxColumns) throw TooWide(line, csv.FieldCount);
                var cells = new JsonArray();
                var empty = true;
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    var cell = csv.GetString(i);
                    empty &= string.IsNullOrWhiteSpace(cell);
                    cells.Add(cell);
                }
                if (empty) continue;
                columns ??= [.. Enumerable.Range(1, csv.FieldCount).Select(n => ImportsText.T("Colonne {0}", n))];
                if (++rows > MaxRows) throw new BadFileException(ImportsText.T("Le fichier compte plus de {0} lignes : découpez-le en plusieurs imports.", MaxRows.ToString("N0")));
                if (chunk.Count == 0) firstLine = line;
                chunk.Add(new JsonObject { ["line"] = line, ["cells"] = cells });
                if (chunk.Count == ChunkRows) Flush();
                if (chunks.Count == 20)
                {
                    await store(chunks);
                    chunks = [];
                }
            }
            if (chunk.Count > 0) Flush();
            if (chunks.Count > 0) await store(chunks);
            if (rows == 0) throw new BadFileException(columns is null ? ImportsText.T("Le fichier est vide.") : ImportsText.T("Le fichier ne contient aucune ligne à importer, seulement l'en-tête."));
            return new ImportFileShape(encoding, csv.Separator, columns!, rows);

            void Flush()
            {
                chunks.Add(new ImportChunk { ImportId = importId, Seq = ++seq, FirstLine = firstLine, Cells = chunk.ToJsonString() });
                chunk = [];
            }
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
    }

    /// <summary>The first rows as they will be read (empty ones passed over), for the wizard's preview.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> FirstRowsAsync(Stream stream, string encoding, char delimiter, bool header,
        int count, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<string>>(count);
        try
        {
            await using var csv = CsvReader.Create(stream, Options(encoding, delimiter, header), leaveOpen: true);
            if (header) await csv.ReadHeaderAsync(ct);
            while (rows.Count < count && await csv.ReadAsync(ct))
            {
                var cells = Enumerable.Range(0, Math.Min(csv.FieldCount, MaxColumns)).Select(i => csv.GetString(i)).ToList();
                if (cells.Any(c => !string.IsNullOrWhiteSpace(c))) rows.Add(cells);
            }
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
        return rows;
    }

    /// <summary>
    /// The different values of one column, in the order they first appear, compared without case (a picklist made from
    /// the column, « Créer un champ »); <paramref name="split"/> cuts a cell into several (a multi-choice list's « , »).
    /// Null when there are more than <paramref name="max"/>.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> ColumnValuesAsync(Stream stream, string encoding, char delimiter, bool header,
        int column, int max, Func<string, IEnumerable<string>> split, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var values = new List<string>();
        try
        {
            await using var csv = CsvReader.Create(stream, Options(encoding, delimiter, header), leaveOpen: true);
            if (header) await csv.ReadHeaderAsync(ct);
            while (await csv.ReadAsync(ct))
            {
                if (column >= csv.FieldCount) continue;
                foreach (var value in split(csv.GetString(column)))
                {
                    // A spreadsheet formula is refused by the import itself: it never becomes a list value.
                    if (value.Length == 0 || value.StartsWith('=') || !seen.Add(value)) continue;
                    if (values.Count == max) return null;
                    values.Add(value);
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw Unreadable(e);
        }
        return values;
    }

    private static BadFileException TooWide(int line, int count) =>
        new(ImportsText.T("La ligne {0} compte {1} colonnes : {2} au plus.", line, count.ToString("N0"), MaxColumns));

    /// <summary>The header's names, trimmed; an empty one is « Colonne N », a repeated one gets « (2) ».</summary>
    private static List<string> Named(IReadOnlyList<string> headers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (name.Length == 0) name = ImportsText.T("Colonne {0}", i + 1);
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{name} ({n})";
            names.Add(unique);
        }
        return names;
    }
}
