namespace Comptoir.Web.Features.Shared.History;

/// <summary>Texts of the history and the hierarchy: IStringLocalizer&lt;HistoryText&gt;, French sentence as key, HistoryText.en.resx translates.</summary>
public sealed class HistoryText : FeatureText<HistoryText>;
