namespace Comptoir.Core.FieldTypes;

/// <summary>Stores a stable code ("customer"); users see its label, which an administrator may rename.</summary>
public sealed class PicklistFieldType : FieldType
{
    public override string Name => "picklist";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override FieldSettings DefaultSettings => PicklistSettings.Empty;
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => Records.Filtering.FilterOperator.ForChoice;

    public override FieldResult Parse(FieldDefinition field, string text)
    {
        var value = field.PicklistValues.FirstOrDefault(v => !v.Retired && string.Equals(v.Code, text, StringComparison.Ordinal))
            // The API also takes a label as users see it ("Client"), in either language.
            ?? field.PicklistValues.FirstOrDefault(v => !v.Retired &&
                (string.Equals(v.Label.Fr, text, StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(v.Label.En, text, StringComparison.OrdinalIgnoreCase)));
        return value is not null
            ? FieldResult.Ok(value.Code)
            : FieldResult.Fail(Texts.T("Valeur non proposée dans la liste « {0} ».", field.Label));
    }

    // The stored code was checked on the way in and may since have been retired: read it back as is.
    public override object? FromStoredJson(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? json.GetString() : null;

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is string code ? LabelOf(field, code, context) : "";

    private static readonly LocalizedText RetiredMark = new("(retirée)", "(retired)");

    /// <summary>
    /// A code as users read it. A value an administrator removed says so until the record is edited,
    /// so nobody mistakes it for a current choice.
    /// </summary>
    public static string LabelOf(FieldDefinition field, string code, FormatContext context) =>
        field.FindPicklistValue(code) switch
        {
            null => code,
            { Retired: true } v => v.Label.Get(context.Culture) + " " + RetiredMark.Get(context.Culture),
            var v => v.Label.Get(context.Culture),
        };
}
