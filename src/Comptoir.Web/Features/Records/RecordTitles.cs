using Comptoir.Core.Accounting;
using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;

namespace Comptoir.Web.Features.Records;

/// <summary>How a record is named in headers, pickers and flash messages, and the short line beside it in a picker.</summary>
public static class RecordTitles
{
    /// <summary>The title field; a ledger account reads « code – libellé », as in <see cref="Shared.Records.RecordNames"/>.</summary>
    public static string Name(ModuleDefinition module, IRecord record) => record switch
    {
        LedgerAccount l => l.Label.Length > 0 ? $"{l.Code} – {l.Label}" : l.Code,
        _ => module.FindField(module.TitleField) is { } title ? title.Type.Format(title, FieldAccess.Get(record, title), FormatContext.Current) : record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>What tells two records of the same name apart: the other list columns (number, city, currency…).</summary>
    public static string Meta(ModuleDefinition module, IRecord record)
    {
        if (record is Account a) return string.Join(" · ", new[] { a.Number, a.BillingCity }.Where(s => !string.IsNullOrEmpty(s)));
        var skip = record is LedgerAccount ? new[] { "code", "label" } : [module.TitleField];
        return string.Join(" · ", module.ListColumns.Where(c => !skip.Contains(c.Key) && !c.Type.NamesRecords)
            .Select(c => c.Type.Format(c, FieldAccess.Get(record, c), FormatContext.Current))
            .Where(s => !string.IsNullOrEmpty(s)).Take(3));
    }
}
