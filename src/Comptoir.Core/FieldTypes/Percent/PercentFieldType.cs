namespace Comptoir.Core.FieldTypes;

/// <summary>A share between 0 and 100 (« Remise », « Probabilité »): typed « 12,5 » or « 12,5 % », shown « 12,5 % ».</summary>
public sealed class PercentFieldType : DecimalFieldType
{
    public override string Name => "percent";

    public override FieldResult Parse(FieldDefinition field, string text)
    {
        var parsed = base.Parse(field, text.TrimEnd().TrimEnd('%'));
        if (!parsed.IsValid) return FieldResult.Fail(Texts.T("Saisissez un pourcentage (exemple : 12,5)."));
        return (decimal)parsed.Value! is >= 0m and <= 100m
            ? parsed
            : FieldResult.Fail(Texts.T("Saisissez un pourcentage entre 0 et 100."));
    }

    // French typography puts a narrow no-break space before « % »; English writes it attached.
    public override string Format(FieldDefinition field, object? value, FormatContext context)
    {
        if (value is null) return "";
        var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.#####", context.Culture);
        return context.Culture.TwoLetterISOLanguageName == "fr" ? number + "\u202f%" : number + "%";
    }
}
