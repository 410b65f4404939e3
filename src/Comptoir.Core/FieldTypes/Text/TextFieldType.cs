namespace Comptoir.Core.FieldTypes;

public class TextFieldType : FieldType
{
    public override string Name => "text";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override FieldSettings DefaultSettings => TextSettings.Unlimited;
    public override FieldResult Parse(FieldDefinition field, string text) => FieldResult.Ok(text);

    /// <summary>Its words (« Agence Pixel & Papier » → agence, pixel, papier) and its codes whole (« CPT-000042 »).</summary>
    public override IEnumerable<string> SearchTerms(FieldDefinition field, object? value) =>
        value is string text ? Search.SearchWords.Of(text) : [];
}
