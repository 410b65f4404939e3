namespace Comptoir.Web.Features.Records;

/// <summary>How a record is named in headers, pickers and flash messages, and the short line beside it in a picker, as its module's definition says.</summary>
public static class RecordTitles
{
    /// <summary>The title field, then the detail field when the module has one (« code – libellé »), as Data's RecordNames names references.</summary>
    public static string Name(ModuleDefinition module, IRecord record) =>
        module.FindField(module.TitleField) is { } title
            ? ModuleDefinition.TitleOf(Format(title, record), module.TitleDetailField is { } detail && module.FindField(detail) is { } field ? Format(field, record) : null)
            : record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What tells two records of the same name apart: the module's picker fields, or its other list columns (number, city, currency…).</summary>
    public static string Meta(ModuleDefinition module, IRecord record)
    {
        if (module.PickerFields is { } picker)
            return string.Join(" · ", picker.Select(module.FindField).OfType<FieldDefinition>().Select(f => Format(f, record)).Where(s => !string.IsNullOrEmpty(s)));
        string?[] named = [module.TitleField, module.TitleDetailField];
        return string.Join(" · ", module.ListColumns.Where(c => !named.Contains(c.Key) && !c.Type.NamesRecords)
            .Select(c => Format(c, record))
            .Where(s => !string.IsNullOrEmpty(s)).Take(3));
    }

    private static string Format(FieldDefinition field, IRecord record) => field.Type.Format(field, FieldAccess.Get(record, field), FormatContext.Current);
}
