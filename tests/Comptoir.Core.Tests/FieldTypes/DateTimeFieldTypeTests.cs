using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class DateTimeFieldTypeTests
{
    private static readonly DateTimeFieldType Type = FieldTypeCatalog.DateAndTime;
    private static readonly FieldDefinition Callback = Field.Of("cf_rappel", Type).Label("Rappel le", "Call back on").Build();

    [Theory]
    [InlineData("2026-12-31T14:30")]
    [InlineData("31/12/2026 14:30")]
    [InlineData("2026-12-31T13:30:00Z")]
    [InlineData("2026-12-31T14:30:00+01:00")]
    public void Reads_paris_time_or_an_explicit_offset_and_stores_utc(string text) =>
        Assert.Equal(new DateTime(2026, 12, 31, 13, 30, 0, DateTimeKind.Utc), Type.Parse(Callback, text).Value);

    [Fact]
    public void Knows_summer_time() =>
        Assert.Equal(new DateTime(2026, 7, 14, 8, 0, 0, DateTimeKind.Utc), Type.Parse(Callback, "14/07/2026 10:00").Value);

    [Fact]
    public void Refuses_the_hour_skipped_when_clocks_go_forward()
    {
        using var _ = Culture.Use("fr");
        // 29 March 2026: 02:00 becomes 03:00 in Paris.
        Assert.Equal("Cette heure n'existe pas (changement d'heure).", Type.Parse(Callback, "29/03/2026 02:30").Error);
    }

    [Theory]
    [InlineData("31/12/2026")]
    [InlineData("demain 14h")]
    [InlineData("2026-02-30T10:00")]
    public void Refuses_what_is_not_a_moment(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Date et heure invalides (exemple : 31/12/2026 14:30).", Type.Parse(Callback, text).Error);
    }

    [Fact]
    public void Shows_paris_time_and_sends_utc_to_the_api()
    {
        var moment = new DateTime(2026, 12, 31, 13, 30, 0, DateTimeKind.Utc);
        Assert.Equal("31/12/2026 14:30", Type.Format(Callback, moment, Culture.Format("fr")));
        Assert.Equal("2026-12-31T14:30", Type.FormText(Callback, moment));
        Assert.Equal("2026-12-31T13:30:00Z", Type.ToJson(moment)!.GetValue<string>());
        Assert.Equal(moment, Type.ParseJson(Callback, Json.Of("\"2026-12-31T13:30:00Z\"")).Value);
        Assert.Equal(("string", "date-time"), Type.JsonSchema);
    }
}
