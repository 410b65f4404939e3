namespace Comptoir.Core.Pricing;

/// <summary>Texts of the pricing domain (validation of lines, notices); PricingText.en.resx translates.</summary>
public sealed class PricingText : FeatureText<PricingText>;
