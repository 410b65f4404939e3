using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class TimeFieldTypeTests
{
    private static readonly TimeFieldType Type = FieldTypeCatalog.Time;
    private static readonly FieldDefinition Opens = Field.Of("cf_ouverture", Type).Label("Heure d'ouverture", "Opening time").Build();

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("14h30", 14, 30)]
    [InlineData("9h", 9, 0)]
    [InlineData("14H30", 14, 30)]
    [InlineData("14:30:59", 14, 30)]
    public void Accepts_the_ways_the_french_write_a_time(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), Type.Parse(Opens, text).Value);

    [Theory]
    [InlineData("25:00")]
    [InlineData("midi")]
    [InlineData("14:60")]
    public void Refuses_what_is_not_a_time(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Heure invalide (exemple : 14:30).", Type.Parse(Opens, text).Error);
    }

    [Fact]
    public void Shows_14h30_in_french_the_reader_s_clock_otherwise_and_keeps_iso_for_forms_and_api()
    {
        var time = new TimeOnly(14, 30);
        Assert.Equal("14h30", Type.Format(Opens, time, Culture.Format("fr")));
        Assert.Equal("9h05", Type.Format(Opens, new TimeOnly(9, 5), Culture.Format("fr")));
        Assert.Equal("2:30 PM", Json.PlainSpaces(Type.Format(Opens, time, Culture.Format("en-US"))));
        Assert.Equal("14:30", Type.FormText(Opens, time));
        Assert.Equal("14:30", Type.ToJson(time)!.GetValue<string>());
        Assert.Equal(time, Type.ParseJson(Opens, Json.Of("\"14:30\"")).Value);
    }
}
