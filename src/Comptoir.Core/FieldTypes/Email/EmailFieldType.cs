using Comptoir.Core.Validation;

namespace Comptoir.Core.FieldTypes;

public sealed class EmailFieldType : FieldType
{
    public override string Name => "email";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override string InputType => "email";
    public override (string Type, string? Format) JsonSchema => ("string", "email");
    public override FieldSettings DefaultSettings => TextSettings.Unlimited;

    public override FieldResult Parse(FieldDefinition field, string text) =>
        EmailAddress.IsValid(text)
            ? FieldResult.Ok(EmailAddress.Normalize(text))
            : FieldResult.Fail(Texts.T("Adresse email invalide (exemple : nom@societe.fr)."));

    /// <summary>The address whole and its domain (« @dupont.fr »), which finds everyone at that company.</summary>
    public override IEnumerable<string> SearchTerms(FieldDefinition field, object? value)
    {
        if (value is not string { Length: > 0 } email) yield break;
        var folded = SearchKey.Fold(email);
        yield return Search.SearchWords.Cut(folded);
        if (folded.IndexOf('@', StringComparison.Ordinal) is var at and > 0) yield return Search.SearchWords.Cut(folded[at..]);
    }

    public override bool ComparesDuplicates => true;

    public override string? DuplicateKey(FieldDefinition field, object? value) => Duplicates.NormalForms.Email(value as string);
}
