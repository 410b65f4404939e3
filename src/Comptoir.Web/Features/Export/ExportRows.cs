using System.Runtime.CompilerServices;

namespace Comptoir.Web.Features.Export;

/// <summary>One page of an export: its records and the names their owners and references show (loaded once per page).</summary>
public sealed record ExportPage(IReadOnlyList<IRecord> Records, FormatContext Names)
{
    /// <summary>A cell as the field's type gives it to a spreadsheet (see <see cref="FieldType.ExportValue"/>).</summary>
    public static object? Cell(IRecord record, FieldDefinition column, FormatContext names) =>
        column.Type.ExportValue(column, FieldAccess.Get(record, column), names);
}

public static class ExportRows
{
    /// <summary>The store's keyset pages, each with its names: one query for the page, one per kind of name.</summary>
    public static async IAsyncEnumerable<ExportPage> ReadAsync(IRecordStore store, RecordNames names, UserContext user, ExportRequest request,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var records in store.ExportPagesAsync(user, request.List, request.Ids, ct).WithCancellation(ct))
            yield return new ExportPage(records, await names.ForAsync(store.Module, records, ct));
    }
}
