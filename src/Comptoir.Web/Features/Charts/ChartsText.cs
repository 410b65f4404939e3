namespace Comptoir.Web.Features.Charts;

/// <summary>Texts of the charts (injected as IStringLocalizer&lt;ChartsText&gt;); ChartsText.en.resx translates.</summary>
public sealed class ChartsText : FeatureText<ChartsText>;
