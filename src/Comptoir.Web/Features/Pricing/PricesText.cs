namespace Comptoir.Web.Features.Pricing;

/// <summary>Texts of the prices API, the « Simuler un prix » panel and the lines editor; PricesText.en.resx translates.</summary>
public sealed class PricesText : FeatureText<PricesText>;
