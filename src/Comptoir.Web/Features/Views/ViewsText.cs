namespace Comptoir.Web.Features.Views;

/// <summary>Texts of the saved views (« Vues »), injected as IStringLocalizer&lt;ViewsText&gt;; ViewsText.en.resx translates.</summary>
public sealed class ViewsText : FeatureText<ViewsText>;
