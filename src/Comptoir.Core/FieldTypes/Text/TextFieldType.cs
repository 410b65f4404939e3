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

    public override bool ComparesDuplicates => true;

    /// <summary>Case, accents, spaces, punctuation and legal forms aside (« SARL Dupont » = « dupont »).</summary>
    public override string? DuplicateKey(FieldDefinition field, object? value) => Duplicates.NormalForms.Name(value as string);
}
