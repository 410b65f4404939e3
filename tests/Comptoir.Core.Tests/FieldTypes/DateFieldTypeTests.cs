using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class DateFieldTypeTests
{
    private static readonly DateFieldType Type = FieldTypeCatalog.Date;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Signed = Field.Of("signedOn", Type).Build();
    private static readonly DateOnly NewYearsEve = new(2026, 12, 31);

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("31/12/2026")]
    public void Accepts_iso_and_french_dates(string text) =>
        Assert.Equal(NewYearsEve, Type.Parse(Signed, text).Value);

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("12/31/2026")]
    [InlineData("demain")]
    public void Rejects_date_that_does_not_exist_or_is_american(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Date invalide (exemple : 31/12/2026).", Type.Parse(Signed, text).Error);
    }

    [Fact]
    public void Shows_date_in_the_reader_culture()
    {
        Assert.Equal("31/12/2026", Type.Format(Signed, NewYearsEve, Culture.Format("fr")));
        Assert.Equal("12/31/2026", Type.Format(Signed, NewYearsEve, Culture.Format("en")));
    }

    [Fact]
    public void Uses_iso_in_the_edit_form_and_json()
    {
        Assert.Equal("2026-12-31", Type.FormText(Signed, NewYearsEve));
        Assert.Equal(NewYearsEve, Type.Parse(Signed, Type.FormText(Signed, NewYearsEve)).Value);
        Assert.Equal("2026-12-31", Type.ToJson(NewYearsEve)!.GetValue<string>());
        Assert.Equal(NewYearsEve, Type.ParseJson(Signed, Json.Of("\"2026-12-31\"")).Value);
        Assert.Equal(("string", "date"), Type.JsonSchema);
    }
}
