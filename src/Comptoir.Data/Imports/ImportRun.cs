namespace Comptoir.Data.Imports;

/// <summary>
/// One CSV import: the file as read (its rows in <see cref="ImportChunk"/>s), its options, and the background job that
/// runs it. A dry run (« Vérifier ») validates every row as a form save would and writes no record.
/// </summary>
public sealed class ImportRun
{
    public long Id { get; set; }
    public string Module { get; set; } = "";
    public int UserId { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>The options as the import applies them (JSON): encoding, delimiter, header, mapping, defaults, duplicates.</summary>
    public string Options { get; set; } = "{}";
    /// <summary>The file's column names (JSON array), as its header row gives them or « Colonne 1 »….</summary>
    public string Columns { get; set; } = "[]";
    public int Rows { get; set; }
    public bool DryRun { get; set; }
    public long? JobId { get; set; }
    /// <summary>« Annuler l'import »: the job that sends what the import created to the recycle bin; set once.</summary>
    public long? UndoJobId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A slice of an import's rows, one job batch: their cells as read (JSON array of arrays), then what became of each
/// (<see cref="Results"/>), written in the batch's transaction; the report and the undo read them back.
/// </summary>
public sealed class ImportChunk
{
    public long Id { get; set; }
    public long ImportId { get; set; }
    public int Seq { get; set; }
    /// <summary>The file's line number of the chunk's first row (1 is the header when there is one).</summary>
    public int FirstLine { get; set; }
    public string Cells { get; set; } = "[]";
    /// <summary>JSON array, one per row: {"s": "created|updated|skipped|failed|valid", "id": …, "errors": [{field, message}]}; null until done.</summary>
    public string? Results { get; set; }
}
