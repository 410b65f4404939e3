using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class IntegerFieldTypeTests
{
    private static readonly IntegerFieldType Type = FieldTypeCatalog.Integer;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Employees = Field.Of("employees", Type).Build();

    [Theory]
    [InlineData("250", 250L)]
    [InlineData("1 250", 1250L)]
    [InlineData("1\u202f250", 1250L)]
    [InlineData("1\u00a0250", 1250L)] // as a spreadsheet copies it
    [InlineData("0", 0L)]
    public void Accepts_whole_numbers_with_french_spaces(string text, long expected) =>
        Assert.Equal(expected, Type.Parse(Employees, text).Value);

    [Theory]
    [InlineData("-3")]
    [InlineData("12,5")]
    [InlineData("douze")]
    [InlineData("3000000000")]
    public void Rejects_integer_unless_positive_whole_and_in_range(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Saisissez un nombre entier positif.", Type.Parse(Employees, text).Error);
    }

    [Fact]
    public void Rejects_integer_in_english_when_the_user_reads_english()
    {
        using var _ = Culture.Use("en");
        Assert.Equal("Enter a positive whole number.", Type.Parse(Employees, "-1").Error);
    }

    [Fact]
    public void Takes_json_numbers_and_numeric_strings_but_not_booleans_or_fractions()
    {
        Assert.Equal(12L, Type.ParseJson(Employees, Json.Of("12")).Value);
        Assert.Equal(12L, Type.ParseJson(Employees, Json.Of("\"12\"")).Value);
        Assert.False(Type.ParseJson(Employees, Json.Of("1.5")).IsValid);
        Assert.False(Type.ParseJson(Employees, Json.Of("true")).IsValid);
    }

    [Fact]
    public void Formats_with_the_reader_culture_and_round_trips()
    {
        // A text input: a number input would refuse « 1 250 » before the server sees it.
        Assert.Equal("text", Type.InputType);
        Assert.Equal("1 250", Json.PlainSpaces(Type.Format(Employees, 1250L, Culture.Format("fr"))));
        Assert.Equal("1,250", Type.Format(Employees, 1250L, Culture.Format("en")));
        Assert.Equal("1250", Type.FormText(Employees, 1250L));
        Assert.Equal(1250L, Type.Parse(Employees, Type.FormText(Employees, 1250L)).Value);
        Assert.Equal(1250L, Type.ToJson(1250L)!.GetValue<long>());
        Assert.Equal(("integer", "int64"), Type.JsonSchema);
    }
}

public class DecimalFieldTypeTests
{
    private static readonly DecimalFieldType Type = FieldTypeCatalog.Decimal;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Amount = Field.Of("amount", Type).Build();

    [Theory]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("1\u202f234,5", "1234.5")]
    [InlineData("-12,345", "-12.35")]
    [InlineData("99 €", "99")]
    public void Accepts_amounts_as_french_users_type_them(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Type.Parse(Amount, text).Value);

    [Theory]
    [InlineData("douze")]
    [InlineData("1,2,3")]
    [InlineData("1000000000000")]
    public void Rejects_amount_that_is_not_a_number(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Saisissez un nombre (exemple : 1 234,56).", Type.Parse(Amount, text).Error);
    }

    [Fact]
    public void Rejects_amount_in_english_when_the_user_reads_english()
    {
        using var _ = Culture.Use("en");
        Assert.Equal("Enter a number (example: 1234.56).", Type.Parse(Amount, "x").Error);
    }

    [Fact]
    public void Takes_json_numbers_exactly_and_numeric_strings()
    {
        Assert.Equal(1234.5m, Type.ParseJson(Amount, Json.Of("1234.5")).Value);
        Assert.Equal(1234.56m, Type.ParseJson(Amount, Json.Of("\"1 234,56\"")).Value);
        Assert.False(Type.ParseJson(Amount, Json.Of("{}")).IsValid);
    }

    [Fact]
    public void Formats_with_the_reader_culture()
    {
        Assert.Equal("1 234,56", Json.PlainSpaces(Type.Format(Amount, 1234.56m, Culture.Format("fr"))));
        Assert.Equal("1,234.56", Type.Format(Amount, 1234.56m, Culture.Format("en")));
        Assert.Equal(1234.56m, Type.ToJson(1234.56m)!.GetValue<decimal>());
    }

    [Fact]
    public void Keeps_every_decimal_place_of_a_field_with_more_than_two_when_read_back()
    {
        var rate = Field.Of("cf_taux", Type).Decimals(4).Build();
        var stored = Type.ToJson(Type.Parse(rate, "0,1235").Value)!.ToJsonString();
        var read = Type.FromStoredJson(System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(stored));
        Assert.Equal(0.1235m, read);
        Assert.Equal("0,1235", Type.Format(rate, read, Culture.Format("fr")));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Round_trips_through_the_edit_form_in_either_language(string culture)
    {
        using var _ = Culture.Use(culture);
        Assert.Equal(1234.56m, Type.Parse(Amount, Type.FormText(Amount, 1234.56m)).Value);
    }
}

public class CurrencyFieldTypeTests
{
    private static readonly CurrencyFieldType Type = FieldTypeCatalog.Currency;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Revenue = Field.Of("annualRevenue", Type).Build();

    [Fact]
    public void Shows_euros_with_two_decimals()
    {
        Assert.Equal("1 500 000,00 €", Json.PlainSpaces(Type.Format(Revenue, 1_500_000m, Culture.Format("fr"))));
        Assert.Equal("1,500,000.00 €", Type.Format(Revenue, 1_500_000m, Culture.Format("en")));
    }

    [Fact]
    public void Accepts_amount_with_a_euro_sign() =>
        Assert.Equal(1_500_000m, Type.Parse(Revenue, "1 500 000 €").Value);
}
