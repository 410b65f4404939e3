namespace Comptoir.Web.Features.Home;

/// <summary>Texts of « Accueil » (injected as IStringLocalizer&lt;HomeText&gt;); HomeText.en.resx translates.</summary>
public sealed class HomeText : FeatureText<HomeText>;
