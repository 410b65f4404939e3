namespace Comptoir.Web.Infrastructure;

/// <summary>
/// Texts shared across features (layout, menu, API errors). The French sentence is the key,
/// as with IStringLocalizer (views inject IStringLocalizer&lt;SharedText&gt;); SharedText.en.resx translates.
/// </summary>
public sealed class SharedText : FeatureText<SharedText>;
