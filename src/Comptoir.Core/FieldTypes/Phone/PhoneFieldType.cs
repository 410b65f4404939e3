using Comptoir.Core.Validation;

namespace Comptoir.Core.FieldTypes;

/// <summary>Stored in E.164, shown in national format (region FR by default).</summary>
public sealed class PhoneFieldType : FieldType
{
    public const string DefaultRegion = "FR";
    public override string Name => "phone";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override string InputType => "tel";

    public override FieldResult Parse(FieldDefinition field, string text) =>
        text.Length <= 40 && PhoneNumber.TryNormalize(text, DefaultRegion, out var e164)
            ? FieldResult.Ok(e164)
            : FieldResult.Fail(Texts.T("Numéro de téléphone non reconnu (exemple : 01 23 45 67 89 ou +44 20 7946 0958)."));

    /// <summary>
    /// The E.164 form (what any way of typing the number parses to) and the national digits (« 0142685300 »),
    /// so the number is found while it is being typed, before it parses.
    /// </summary>
    public override IEnumerable<string> SearchTerms(FieldDefinition field, object? value)
    {
        if (value is not string { Length: > 0 } e164) yield break;
        yield return e164;
        var digits = string.Concat(PhoneNumber.FormatForDisplay(e164, DefaultRegion).Where(char.IsAsciiDigit));
        if (digits.Length > 0 && digits != e164[1..]) yield return digits;
    }

    public override bool ComparesDuplicates => true;

    /// <summary>The E.164 form, which the value already is.</summary>
    public override string? DuplicateKey(FieldDefinition field, object? value) => value is string { Length: > 0 } e164 ? e164 : null;

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is string s ? PhoneNumber.FormatForDisplay(s, DefaultRegion) : "";

    public override string FormText(FieldDefinition field, object? value) =>
        value is string s ? PhoneNumber.FormatForDisplay(s, DefaultRegion) : "";
}
