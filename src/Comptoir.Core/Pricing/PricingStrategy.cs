namespace Comptoir.Core.Pricing;

/// <summary>How a price list line turns a quantity into an amount.</summary>
public enum PricingStrategy
{
    /// <summary>« Tarif dégressif par volume »: the whole quantity at the price of the bracket it falls in.</summary>
    Volume,
    /// <summary>« Tarif dégressif par tranches »: each bracket prices its own part of the quantity.</summary>
    Tranches,
    /// <summary>« Volume de groupe »: as volume, but the group's combined quantity picks the bracket.</summary>
    GroupVolume,
}

/// <summary>The strategies' API codes and labels.</summary>
public static class PricingStrategies
{
    public static IReadOnlyList<PricingStrategy> All { get; } = [PricingStrategy.Volume, PricingStrategy.Tranches, PricingStrategy.GroupVolume];

    public static string Code(PricingStrategy strategy) => strategy switch
    {
        PricingStrategy.Volume => "volume",
        PricingStrategy.Tranches => "tranches",
        _ => "groupVolume",
    };

    public static PricingStrategy? FromCode(string? code) =>
        All.Cast<PricingStrategy?>().FirstOrDefault(s => string.Equals(Code(s!.Value), code, StringComparison.Ordinal));

    /// <summary>The label users read, in the current language.</summary>
    public static string Label(PricingStrategy strategy) => strategy switch
    {
        PricingStrategy.Volume => PricingText.T("Tarif dégressif par volume"),
        PricingStrategy.Tranches => PricingText.T("Tarif dégressif par tranches"),
        _ => PricingText.T("Volume de groupe"),
    };
}
