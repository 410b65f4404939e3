using Comptoir.Core.Validation;

namespace Comptoir.Core.FieldTypes;

/// <summary>14 digits checked per DESIGN §4; spaces accepted on input, stored without.</summary>
public sealed class SiretFieldType : FieldType
{
    public override string Name => "siret";
    public override CustomValueKind StoredAs => CustomValueKind.Text;

    public override FieldResult Parse(FieldDefinition field, string text)
    {
        var siret = Siret.Normalize(text);
        return Siret.Check(siret) switch
        {
            SiretError.None => FieldResult.Ok(siret),
            SiretError.Format => FieldResult.Fail(Texts.T("Le SIRET doit compter 14 chiffres.")),
            _ => FieldResult.Fail(Texts.T("Ce SIRET n'est pas valide : sa clé de contrôle ne correspond pas (vérifiez chaque chiffre).")),
        };
    }

    /// <summary>The 14 digits: a SIRET typed with spaces, or its SIREN (the first 9), is a prefix of them.</summary>
    public override IEnumerable<string> SearchTerms(FieldDefinition field, object? value) =>
        value is string { Length: > 0 } siret ? [siret] : [];

    public override bool ComparesDuplicates => true;

    public override string? DuplicateKey(FieldDefinition field, object? value) => Duplicates.NormalForms.Siret(value as string);

    /// <summary>The SIREN: another SIRET of the same company is another establishment, not a duplicate.</summary>
    public override string? RelatedKey(FieldDefinition field, object? value) => Duplicates.NormalForms.Siren(value as string);

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is string { Length: 14 } s ? $"{s[..3]} {s[3..6]} {s[6..9]} {s[9..]}" : value as string ?? "";
}
