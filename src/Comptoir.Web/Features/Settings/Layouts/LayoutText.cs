namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>Texts of the layout manager (pages and API); French is the key, English in LayoutText.en.resx.</summary>
public sealed class LayoutText : FeatureText<LayoutText>;
