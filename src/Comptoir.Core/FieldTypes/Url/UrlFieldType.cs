using Comptoir.Core.Validation;

namespace Comptoir.Core.FieldTypes;

public sealed class UrlFieldType : FieldType
{
    public override string Name => "url";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override string InputType => "url";
    public override (string Type, string? Format) JsonSchema => ("string", "uri");
    public override FieldSettings DefaultSettings => TextSettings.Unlimited;

    public override FieldResult Parse(FieldDefinition field, string text) =>
        WebsiteUrl.TryNormalize(text, out var url)
            ? FieldResult.Ok(url)
            : FieldResult.Fail(Texts.T("Adresse web invalide : seules les adresses http:// ou https:// sont acceptées (exemple : https://www.societe.fr)."));

    public override bool ComparesDuplicates => true;

    /// <summary>Without scheme, « www. » and trailing slash.</summary>
    public override string? DuplicateKey(FieldDefinition field, object? value) => Duplicates.NormalForms.Website(value as string);
}
