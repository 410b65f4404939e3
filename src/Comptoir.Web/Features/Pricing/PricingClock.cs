namespace Comptoir.Web.Features.Pricing;

/// <summary>The day a price list's « Valide du / au » is held against: the calendar day in France.</summary>
public static class PricingClock
{
    private static readonly TimeZoneInfo Paris = FindParis();

    public static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, Paris));

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Local;
        }
    }
}
